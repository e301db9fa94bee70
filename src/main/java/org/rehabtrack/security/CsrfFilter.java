package org.rehabtrack.security;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.rehabtrack.system.problem.ApiException;
import org.rehabtrack.system.problem.ProblemType;

/**
 * Refuses (403) a change to the API sent with a browser's session cookie but without the session's
 * CSRF token in the {@value Csrf#HEADER} header. Clients signing in with HTTP Basic are not
 * browsers riding on a cookie, and are not asked for it. Forms check their own field.
 */
public class CsrfFilter {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    private final Csrf csrf;

    CsrfFilter(Csrf csrf) {
        this.csrf = csrf;
    }

    @ServerRequestFilter(preMatching = true)
    public void check(ContainerRequestContext request) {
        if (SAFE.contains(request.getMethod()) || !request.getUriInfo().getPath().startsWith("/api/")
                || request.getHeaderString(HttpHeaders.AUTHORIZATION) != null) {
            return;
        }
        Cookie session = request.getCookies().get(SessionAuthenticationMechanism.COOKIE);
        if (session != null && !Csrf.matches(csrf.tokenOf(session.getValue()), request.getHeaderString(Csrf.HEADER))) {
            throw ApiException.refused(ProblemType.FORBIDDEN, "error.csrf");
        }
    }
}
