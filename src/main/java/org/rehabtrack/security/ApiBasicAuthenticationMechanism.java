package org.rehabtrack.security;

import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.BasicAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

/**
 * HTTP Basic for API clients, and for the API only: under {@code /api/} it is Quarkus's own Basic
 * mechanism; anywhere else (pages, forms) it declines, so credentials a browser remembers from a
 * Basic dialog never sign it in to a page, and signing out of the pages always ends its access.
 * Quarkus's built-in Basic is turned off ({@code quarkus.http.auth.basic=false}) for this one.
 */
@ApplicationScoped
public class ApiBasicAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String REALM = "RehabTrack";

    private final BasicAuthenticationMechanism basic =
            new BasicAuthenticationMechanism(
                    REALM,
                    false,
                    StandardCharsets.UTF_8,
                    Map.of(),
                    BasicAuthenticationMechanism.PRIORITY);

    /** Whether a path is the API's, where Basic credentials are taken. */
    static boolean api(String path) {
        return path != null && (path.equals("/api") || path.startsWith("/api/"));
    }

    @Override
    public Uni<SecurityIdentity> authenticate(
            RoutingContext context, IdentityProviderManager identityProviderManager) {
        if (!api(context.normalizedPath())) {
            return Uni.createFrom().nullItem();
        }
        return basic.authenticate(context, identityProviderManager);
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return api(context.normalizedPath())
                ? basic.getChallenge(context)
                : Uni.createFrom().nullItem();
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return basic.getCredentialTypes();
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return basic.getCredentialTransport(context);
    }

    @Override
    public int getPriority() {
        return basic.getPriority();
    }
}
