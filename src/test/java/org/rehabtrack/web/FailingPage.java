package org.rehabtrack.web;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.rehabtrack.system.Refusal;
import org.rehabtrack.system.Refusal.Reason;

/**
 * Pages of the tests' own that fail as a page's work can: a conflict the service refuses, fields it
 * refuses, and a failure no one expected. No page of the application fails so on purpose; these
 * show how the error page draws what any of them would.
 */
@Path("/failing-page")
@PermitAll
public class FailingPage {

    @GET
    @Path("conflict")
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public String conflict() {
        throw Refusal.conflict(Reason.DUPLICATE, "center.duplicate", "CAMR-TEST-1");
    }

    @GET
    @Path("fields")
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public String fields() {
        throw Refusal.invalidField("forecastDate", "error.required");
    }

    @GET
    @Path("crash")
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public String crash() {
        throw new IllegalStateException("a failure no one expected");
    }
}
