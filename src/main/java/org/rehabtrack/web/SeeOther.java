package org.rehabtrack.web;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Redirects (303) to a path of this site, with a relative {@code Location}. JAX-RS's {@code
 * Response.seeOther} makes a relative location absolute with the request's own {@code Host} header,
 * which a client chooses: a redirect built from it could send the browser to any site a forged Host
 * names (and a cache could keep it). A relative location needs no host.
 */
public final class SeeOther {

    private SeeOther() {}

    /** A 303 to a path of this site (with its query and fragment), as given. */
    public static Response to(String location) {
        return builder(location).build();
    }

    /** A 303 to a relative URI, such as one built with {@code UriBuilder.fromPath}. */
    public static Response to(URI location) {
        return to(location.toString());
    }

    public static Response.ResponseBuilder builder(String location) {
        if (!location.startsWith("/") || location.startsWith("//")) {
            throw new IllegalArgumentException("Not a path of this site: " + location);
        }
        return Response.status(Response.Status.SEE_OTHER).header(HttpHeaders.LOCATION, location);
    }

    /**
     * The outcome a redirect after a saved form named ({@code ?outcome=}), if the page knows it;
     * null for none or for one it does not, which a hand-typed address may carry.
     */
    public static String outcome(String asked, Set<String> known) {
        return asked != null && known.contains(asked) ? asked : null;
    }

    /**
     * The sign-in form, to come back to a page (its path and query, as the browser sent them)
     * after.
     */
    public static String signIn(String pathAndQuery) {
        return "/login?next=" + URLEncoder.encode(pathAndQuery, StandardCharsets.UTF_8);
    }
}
