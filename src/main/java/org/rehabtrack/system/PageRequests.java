package org.rehabtrack.system;

/** Which requests come from a browser asking for a page, rather than from the API's clients. */
public final class PageRequests {

    private PageRequests() {}

    /** A browser's request for a page: outside the API and Quarkus's own paths, asking for HTML. */
    public static boolean asksForAPage(String path, String accept) {
        return !path.startsWith("/api/")
                && !path.startsWith("/q/")
                && accept != null
                && accept.contains("text/html");
    }
}
