package org.rehabtrack.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.runtime.BlockingOperationControl;
import io.quarkus.runtime.BlockingOperationNotAllowedException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.rehabtrack.system.PageRequests;
import org.rehabtrack.system.problem.Problem;

/**
 * A failure answered to a browser asking for a page: the very problem the API would answer ({@code
 * ProblemMappers}, in the page's language), drawn as a page with the site's header, its status and
 * a way back, never as JSON. Requests under {@code /api/}, and clients that do not ask for HTML,
 * keep {@code application/problem+json}.
 */
public class ErrorPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance error(Page page, Problem problem, String back);
    }

    private final Page page;

    ErrorPage(Page page) {
        this.page = page;
    }

    @ServerResponseFilter
    public void draw(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(response.getEntity() instanceof Problem problem) || !asksForAPage(request)) {
            return;
        }
        // A path no page matches, or a role refused, is answered on the I/O thread without the
        // page's own set-up; who is signed in is known there only if something asked already (the
        // role check did), and may not be resolved there by blocking.
        PageRequestFilter.setUp(page, request);
        if (!BlockingOperationControl.isBlockingAllowed()) {
            try {
                page.signedIn();
            } catch (BlockingOperationNotAllowedException notResolvedYet) {
                page.withoutIdentity();
            }
        }
        String html = page.localized(Templates.error(page, problem, back(request))).render();
        response.setEntity(html, null, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
    }

    /** A browser's request for a page: outside the API, and asking for HTML. */
    static boolean asksForAPage(ContainerRequestContext request) {
        return PageRequests.asksForAPage(
                request.getUriInfo().getPath(), request.getHeaderString(HttpHeaders.ACCEPT));
    }

    /** The page the user came from on this site, to go back to; null when none or elsewhere. */
    static String back(ContainerRequestContext request) {
        String referer = request.getHeaderString("Referer");
        if (referer == null) {
            return null;
        }
        try {
            URI from = URI.create(referer);
            URI here = request.getUriInfo().getRequestUri();
            boolean sameSite =
                    from.getHost() != null
                            && from.getHost().equalsIgnoreCase(here.getHost())
                            && from.getPort() == here.getPort();
            if (!sameSite || from.getRawPath() == null || from.getRawPath().isEmpty()) {
                return null;
            }
            String back =
                    from.getRawPath()
                            + (from.getRawQuery() == null ? "" : "?" + from.getRawQuery());
            String current = here.getRawPath();
            return back.equals(current) || from.getRawPath().equals("/") ? null : back;
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }
}
