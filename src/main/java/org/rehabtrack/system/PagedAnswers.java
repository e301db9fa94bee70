package org.rehabtrack.system;

import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link Paged} list as the API answers it: the body stays a plain JSON array; the total is in
 * {@code X-Total-Count} and the neighbouring pages in a {@code Link} header (RFC 8288), as
 * integrations expect.
 */
public final class PagedAnswers {

    private PagedAnswers() {}

    public static Response of(Paged<?> paged, UriInfo uri) {
        return of(paged, paged.items(), uri);
    }

    /** The page with its body already written ({@link KeptJson}). */
    public static Response of(Paged<?> paged, Object body, UriInfo uri) {
        Response.ResponseBuilder response =
                Response.ok(body).header("X-Total-Count", paged.total());
        List<Link> links = new ArrayList<>();
        PageRequest request = paged.request();
        long pages = paged.pages();
        if (request.page > 1) {
            links.add(link(uri, request, Math.min(request.page - 1, pages), "prev"));
        }
        if (request.page < pages) {
            links.add(link(uri, request, request.page + 1, "next"));
        }
        links.add(link(uri, request, 1, "first"));
        links.add(link(uri, request, pages, "last"));
        // One header, links separated by commas (RFC 8288), so every client sees all of them.
        String header = String.join(", ", links.stream().map(Link::toString).toList());
        return response.header("Link", header).build();
    }

    private static Link link(UriInfo uri, PageRequest request, long page, String rel) {
        return Link.fromUri(
                        uri.getRequestUriBuilder()
                                .replaceQueryParam("page", page)
                                .replaceQueryParam("size", request.size)
                                .build())
                .rel(rel)
                .build();
    }
}
