package org.rehabtrack.security;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Cookie;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.rehabtrack.system.Refusal;
import org.rehabtrack.system.Refusal.Reason;

/**
 * Refuses (403) a change to the API sent with a browser's session cookie but without the session's
 * CSRF token in the {@value Csrf#HEADER} header, whatever else it carries: a browser sends the
 * cookie, and Basic credentials it remembers, on a forged cross-site request alike, so an {@code
 * Authorization} header proves nothing. Clients with HTTP Basic and no session cookie are not asked
 * for it. Forms check their own field.
 */
public class CsrfFilter {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    private final Csrf csrf;

    CsrfFilter(Csrf csrf) {
        this.csrf = csrf;
    }

    @ServerRequestFilter(preMatching = true)
    public void check(ContainerRequestContext request) {
        if (SAFE.contains(request.getMethod())
                || !request.getUriInfo().getPath().startsWith("/api/")) {
            return;
        }
        Cookie session = request.getCookies().get(SessionAuthenticationMechanism.COOKIE);
        if (session != null
                && !Csrf.matches(
                        csrf.tokenOf(session.getValue()), request.getHeaderString(Csrf.HEADER))) {
            throw Refusal.refused(Reason.FORBIDDEN, "error.csrf");
        }
    }
}
