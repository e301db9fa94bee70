package org.rehabtrack.security;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Signs in with a user name and password: HTTP Basic for API clients, the sign-in form for
 * browsers.
 */
@ApplicationScoped
public class PasswordIdentityProvider
        implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    private final SignIn signIn;

    PasswordIdentityProvider(SignIn signIn) {
        this.signIn = signIn;
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(
            UsernamePasswordAuthenticationRequest request, AuthenticationRequestContext context) {
        String address = address(HttpSecurityUtils.getRoutingContextAttribute(request));
        String password = new String(request.getPassword().getPassword());
        return context.runBlocking(
                () -> signIn.withPassword(request.getUsername(), password, address));
    }

    static String address(RoutingContext routing) {
        return routing == null ? address((HttpServerRequest) null) : address(routing.request());
    }

    /** The address a sign-in comes from, as counted and logged: "unknown" when there is none. */
    public static String address(HttpServerRequest request) {
        return request == null || request.remoteAddress() == null
                ? "unknown"
                : request.remoteAddress().hostAddress();
    }
}
