package org.rehabtrack.security;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Headers that keep browsers from being turned against the user, set once on every answer of the
 * HTTP server, whoever wrote it: pages, API JSON and problems, redirects, static files, the API
 * explorer, the OpenAPI document, health and metrics. A content security policy (this site's own
 * scripts, styles and images only; no framing, no forms posted elsewhere), no content sniffing, no
 * framing, no referrer sent to other sites; and HSTS when the request came over HTTPS, directly or
 * through a trusted TLS-terminating proxy (docs/operations.md). Set as the headers leave, so a
 * header some other layer added is replaced, never doubled.
 */
@ApplicationScoped
public class SecurityHeaders {

    static final String CONTENT_SECURITY_POLICY =
            "default-src 'self'; img-src 'self' data:; style-src 'self';"
                    + " script-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /** The API explorer's page is Swagger UI's, with its inline script and styles. */
    static final String EXPLORER_CONTENT_SECURITY_POLICY =
            "default-src 'self'; img-src 'self' data:;"
                    + " style-src 'self' 'unsafe-inline'; script-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'self';"
                    + " form-action 'self'; frame-ancestors 'none'";

    static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000";
    static final String EXPLORER = "/q/swagger-ui";

    /**
     * Before Quarkus's own filters, so that every answer, even one they end early, gets the
     * headers.
     */
    private static final int PRIORITY = 10_000;

    void register(@Observes Filters filters) {
        filters.register(SecurityHeaders::add, PRIORITY);
    }

    static void add(RoutingContext routing) {
        String path = routing.normalizedPath();
        boolean explorer =
                path != null && (path.equals(EXPLORER) || path.startsWith(EXPLORER + "/"));
        boolean https = https(routing.request());
        routing.addHeadersEndHandler(
                ignored -> {
                    MultiMap headers = routing.response().headers();
                    headers.set(
                            "Content-Security-Policy",
                            explorer ? EXPLORER_CONTENT_SECURITY_POLICY : CONTENT_SECURITY_POLICY);
                    headers.set("X-Content-Type-Options", "nosniff");
                    headers.set("X-Frame-Options", "DENY");
                    headers.set("Referrer-Policy", "same-origin");
                    if (https) {
                        headers.set("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
                    } else {
                        headers.remove("Strict-Transport-Security");
                    }
                });
        routing.next();
    }

    /**
     * Whether a request came over HTTPS: to this server, or to a proxy whose forwarded headers are
     * trusted (Quarkus then answers the forwarded scheme here; an untrusted client's are ignored).
     */
    public static boolean https(HttpServerRequest request) {
        return request.isSSL() || "https".equalsIgnoreCase(request.scheme());
    }
}
