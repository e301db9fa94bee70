package org.rehabtrack.finding;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.rehabtrack.system.PageRequest;
import org.rehabtrack.system.PagedAnswers;
import org.rehabtrack.system.QueryParams;

/** A center's findings: {@code /api/centers/{code}/findings}. */
@Path("/api/centers/{code}/findings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Findings")
@Authenticated
public class CenterFindingsResource {

    private final FindingService findings;

    CenterFindingsResource(FindingService findings) {
        this.findings = findings;
    }

    @GET
    @Operation(
            summary =
                    "A center's findings, most severe first; filter by status, severity, category; paged")
    public Response list(
            @PathParam("code") String code,
            @QueryParam("status") String status,
            @QueryParam("severity") String severity,
            @QueryParam("category") String category,
            @Valid @BeanParam PageRequest page,
            UriInfo uri) {
        FindingRepository.Filter filter =
                new FindingRepository.Filter(
                        QueryParams.enumValue(FindingStatus.class, "status", status),
                        QueryParams.enumValue(Severity.class, "severity", severity),
                        QueryParams.enumValue(FindingCategory.class, "category", category));
        return PagedAnswers.of(findings.listForCenter(code, filter, page), uri);
    }
}
