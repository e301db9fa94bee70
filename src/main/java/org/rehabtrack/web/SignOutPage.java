package org.rehabtrack.web;

import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.rehabtrack.security.Csrf;
import org.rehabtrack.security.SessionAuthenticationMechanism;
import org.rehabtrack.security.Sessions;

/** Signing out: the session ends on the server, on every instance, and its cookie is removed. */
@Path("/logout")
@PermitAll
public class SignOutPage {

    private final Sessions sessions;
    private final Csrf csrf;

    SignOutPage(Sessions sessions, Csrf csrf) {
        this.sessions = sessions;
        this.csrf = csrf;
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response signOut(
            @RestForm(Csrf.FIELD) String token,
            @CookieParam(SessionAuthenticationMechanism.COOKIE) String session,
            HttpServerRequest request) {
        if (session == null) {
            return SignInPage.redirect("/login");
        }
        if (!Csrf.matches(csrf.tokenOf(session), token)) {
            return SignInPage.redirect("/");
        }
        sessions.close(session);
        return SeeOther.builder("/login?signedOut=1")
                .cookie(SignInPage.cookie(SessionAuthenticationMechanism.COOKIE, "", request, true))
                .build();
    }
}
