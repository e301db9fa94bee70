package org.rehabtrack.web;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.rehabtrack.system.Refusal;
import org.rehabtrack.system.Refusal.Reason;
import org.rehabtrack.system.problem.BodySizeLimit;

/**
 * A form sent from a page with more than the service takes (photos too large, say): {@link
 * BodySizeLimit} sends the browser here (303) without reading it, and it is refused as too large,
 * which {@link ErrorPage} draws as the site's error page (413) in the page's language.
 */
@Path(BodySizeLimit.TOO_LARGE_PATH)
@PermitAll
public class TooLargePage {

    @GET
    @Operation(hidden = true)
    public String refuse(@QueryParam("limit") long limit) {
        throw Refusal.refused(Reason.TOO_LARGE, "error.pageTooLarge", limit / (1024.0 * 1024.0));
    }
}
