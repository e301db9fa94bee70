package org.rehabtrack.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NewCookie;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.rehabtrack.security.SessionAuthenticationMechanism;

/** Sets up the {@link Page} of every page request, and remembers a language the user chose. */
public class PageRequestFilter {

    private final Page page;

    PageRequestFilter(Page page) {
        this.page = page;
    }

    @ServerRequestFilter
    public void setUp(ContainerRequestContext request) {
        if (request.getUriInfo().getPath().startsWith("/api/")) {
            return;
        }
        setUp(page, request);
    }

    /** Sets the page up from the request: its language, and the session its forms carry. */
    static void setUp(Page page, ContainerRequestContext request) {
        Cookie lang = request.getCookies().get(Page.LANG_COOKIE);
        Cookie session = request.getCookies().get(SessionAuthenticationMechanism.COOKIE);
        page.setUp(
                request.getUriInfo().getQueryParameters().getFirst("lang"),
                lang == null ? null : lang.getValue(),
                request,
                session == null ? null : session.getValue());
    }

    @ServerResponseFilter
    public void remember(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getUriInfo().getPath().startsWith("/api/")) {
            return;
        }
        NewCookie cookie = page.languageCookie();
        if (cookie != null) {
            response.getHeaders().add(HttpHeaders.SET_COOKIE, cookie);
        }
    }
}
