package org.rehabtrack.system;

import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;

/**
 * One page of a list. The body stays a plain JSON array; the total is in {@code X-Total-Count} and
 * the neighbouring pages in a {@code Link} header (RFC 8288), as integrations expect.
 */
public record Paged<T>(List<T> items, long total, PageRequest request) {

    public Response toResponse(UriInfo uri) {
        Response.ResponseBuilder response = Response.ok(items).header("X-Total-Count", total);
        List<Link> links = new ArrayList<>();
        long pages = Math.max(1, (total + request.size - 1) / request.size);
        if (request.page > 1) {
            links.add(link(uri, Math.min(request.page - 1, pages), "prev"));
        }
        if (request.page < pages) {
            links.add(link(uri, request.page + 1, "next"));
        }
        links.add(link(uri, 1, "first"));
        links.add(link(uri, pages, "last"));
        // One header, links separated by commas (RFC 8288), so every client sees all of them.
        String header = String.join(", ", links.stream().map(Link::toString).toList());
        return response.header("Link", header).build();
    }

    private Link link(UriInfo uri, long page, String rel) {
        return Link.fromUri(
                        uri.getRequestUriBuilder()
                                .replaceQueryParam("page", page)
                                .replaceQueryParam("size", request.size)
                                .build())
                .rel(rel)
                .build();
    }
}
