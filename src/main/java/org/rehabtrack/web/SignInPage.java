package org.rehabtrack.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.AuthenticationFailedException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.rehabtrack.security.Csrf;
import org.rehabtrack.security.PasswordIdentityProvider;
import org.rehabtrack.security.SecurityHeaders;
import org.rehabtrack.security.SessionAuthenticationMechanism;
import org.rehabtrack.security.Sessions;
import org.rehabtrack.security.SignIn;
import org.rehabtrack.system.problem.SignInRefusal;

/**
 * The sign-in form for browsers. A good user name and password open a session (a cookie, HttpOnly
 * and SameSite=Strict); a bad one, or too many, come back to the form with the same message whether
 * the user exists or not. Every POST ends in a redirect.
 */
@Path("/login")
@PermitAll
public class SignInPage {

    /** A path and query of RFC 3986's characters, not starting with "//", each "%" an escape. */
    private static final Pattern LOCAL_PATH =
            Pattern.compile("/(?![/\\\\])(?:[A-Za-z0-9\\-._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*");

    private static final int MAX_NEXT = 2048;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(
                Page page, String csrf, String next, String message, String messageClass);
    }

    private final SignIn signIn;
    private final Sessions sessions;
    private final Csrf csrf;
    private final Page page;

    SignInPage(SignIn signIn, Sessions sessions, Csrf csrf, Page page) {
        this.page = page;
        this.signIn = signIn;
        this.sessions = sessions;
        this.csrf = csrf;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response form(
            @QueryParam("error") String error,
            @QueryParam("signedOut") String signedOut,
            @QueryParam("next") String next,
            @CookieParam(Csrf.COOKIE) String current,
            HttpServerRequest request) {
        PageMessages msg = page.msg();
        String message = null;
        String messageClass = "error";
        if (error != null) {
            message =
                    switch (error) {
                        case "throttled" -> msg.signIn_throttled();
                        case "busy" -> msg.signIn_busy();
                        case "csrf" -> msg.signIn_csrf();
                        default -> msg.signIn_invalid();
                    };
        } else if (signedOut != null) {
            message = msg.signIn_signedOut();
            messageClass = "note";
        }
        String token = csrf.forSignInForm(current);
        return Response.ok(
                        page.localized(
                                Templates.login(page, token, safe(next), message, messageClass)))
                .cookie(cookie(Csrf.COOKIE, token, request, false))
                .header("Cache-Control", "no-store")
                .build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response signIn(
            @RestForm String username,
            @RestForm String password,
            @RestForm(Csrf.FIELD) String token,
            @RestForm String next,
            @CookieParam(Csrf.COOKIE) String expected,
            HttpServerRequest request) {
        if (!Csrf.matches(expected, token)) {
            return redirect("/login?error=csrf");
        }
        String address = PasswordIdentityProvider.address(request);
        try {
            signIn.withPassword(
                    username == null ? "" : username, password == null ? "" : password, address);
        } catch (AuthenticationFailedException e) {
            String reason =
                    e.getAttribute(SignInRefusal.BUSY) != null
                            ? "busy"
                            : e.getAttribute(SignInRefusal.RETRY_AFTER) != null
                                    ? "throttled"
                                    : "invalid";
            return redirect(
                    "/login?error="
                            + reason
                            + "&next="
                            + java.net.URLEncoder.encode(
                                    safe(next), java.nio.charset.StandardCharsets.UTF_8));
        }
        String target = safe(next);
        String session = sessions.open(username);
        return SeeOther.builder(target)
                .cookie(
                        cookie(SessionAuthenticationMechanism.COOKIE, session, request, false),
                        cookie(Csrf.COOKIE, "", request, true))
                .build();
    }

    /**
     * A cookie for the whole site: HttpOnly, SameSite=Strict, Secure over HTTPS (also HTTPS ended
     * at a trusted proxy); expired at once when asked.
     */
    static NewCookie cookie(String name, String value, HttpServerRequest request, boolean expire) {
        return new NewCookie.Builder(name)
                .value(value)
                .path("/")
                .httpOnly(true)
                .sameSite(NewCookie.SameSite.STRICT)
                .secure(SecurityHeaders.https(request))
                .maxAge(expire ? 0 : NewCookie.DEFAULT_MAX_AGE)
                .build();
    }

    static Response redirect(String location) {
        return SeeOther.to(location);
    }

    /**
     * Where to go after signing in: a path of this site (with its query), written only with the
     * characters a URI allows and every {@code %} starting an escape; anything else (another site,
     * {@code //host}, a backslash, spaces, control characters, a missing or malformed value) is
     * {@code /}. Checked before the session opens, so the answer is always a redirect with its
     * cookie.
     */
    static String safe(String next) {
        return next != null && next.length() <= MAX_NEXT && LOCAL_PATH.matcher(next).matches()
                ? next
                : "/";
    }
}
