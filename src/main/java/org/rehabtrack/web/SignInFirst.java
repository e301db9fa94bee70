package org.rehabtrack.web;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URISyntaxException;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A browser without a session asking for any page (any path but the API's, the platform's under
 * {@code /q/}, the sign-in and sign-out forms, static files, which never reach here, and file
 * names) is sent to the sign-in form with the page it asked for as {@code next}: 303 to {@code
 * /login?next=<path and query, URL-encoded>}. Runs before the page is matched, so a path of no page
 * is sent there too, and no page ever answers an anonymous browser with 401. Pages take only the
 * session cookie: HTTP Basic is the API's ({@code ApiBasicAuthenticationMechanism}).
 */
public class SignInFirst {

    @ServerRequestFilter(preMatching = true, priority = Priorities.AUTHENTICATION)
    public Uni<Response> signInFirst(RoutingContext routing) {
        String path = routing.normalizedPath();
        if (!isPage(path)) {
            return Uni.createFrom().nullItem();
        }
        Uni<SecurityIdentity> deferred = routing.get(QuarkusHttpUser.DEFERRED_IDENTITY_KEY);
        Uni<SecurityIdentity> identity =
                deferred != null
                        ? deferred
                        : Uni.createFrom()
                                .item(
                                        routing.user() instanceof QuarkusHttpUser user
                                                ? user.getSecurityIdentity()
                                                : null);
        // Only a session that does not sign in is "signed out"; a database out of reach is the
        // service's failure (503), not a reason to ask the user to sign in again.
        return identity.onFailure(AuthenticationFailedException.class)
                .recoverWithNull()
                .map(
                        signedIn ->
                                signedIn == null || signedIn.isAnonymous()
                                        ? SeeOther.to(SeeOther.signIn(asked(routing)))
                                        : null);
    }

    /**
     * Where to come back after signing in: the page asked for, its path and query as the browser
     * sent them; for a form posted after the session ended, the page that held the form (the path
     * and query of its {@code Referer}), since the address it posted to answers no GET; else the
     * dashboard. The sign-in form takes only a path of this site from it.
     */
    private static String asked(RoutingContext routing) {
        HttpMethod method = routing.request().method();
        if (!HttpMethod.GET.equals(method) && !HttpMethod.HEAD.equals(method)) {
            return referringPage(routing.request().getHeader(HttpHeaders.REFERER));
        }
        String path = routing.request().path();
        String query = routing.request().query();
        return (path == null || !path.startsWith("/") ? "/" : path)
                + (query == null ? "" : "?" + query);
    }

    private static String referringPage(String referer) {
        try {
            URI uri = referer == null ? null : new URI(referer);
            String path = uri == null ? null : uri.getRawPath();
            if (path == null || !path.startsWith("/") || !isPage(path)) {
                return "/";
            }
            return path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        } catch (URISyntaxException e) {
            return "/";
        }
    }

    /**
     * Whether a path is a page's (or could be one): not the API's, the platform's or the sign-in
     * and sign-out forms', and not a file name (a last segment with a dot: {@code /favicon.ico},
     * {@code /robots.txt}, a static file that does not exist), which no page has and a browser
     * fetches on its own, so that such a request answers 404 rather than load the sign-in form.
     */
    static boolean isPage(String path) {
        return path != null
                && !path.equals("/api")
                && !path.startsWith("/api/")
                && !path.equals("/q")
                && !path.startsWith("/q/")
                && !path.equals("/login")
                && !path.equals("/logout")
                && path.indexOf('.', path.lastIndexOf('/')) < 0;
    }
}
