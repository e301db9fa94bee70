package org.rehabtrack.report.archive;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.nio.file.Files;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.rehabtrack.center.CenterService;
import org.rehabtrack.security.ScopedByService;
import org.rehabtrack.security.Visibility;
import org.rehabtrack.security.VisibilityScope;
import org.rehabtrack.system.Actor;
import org.rehabtrack.system.MediaTypes;
import org.rehabtrack.system.PageRequest;
import org.rehabtrack.system.PagedAnswers;
import org.rehabtrack.system.QueryParams;
import org.rehabtrack.system.Refusal;

@Path("/api/reports/archive")
@Tag(name = "Reports")
@Authenticated
@ScopedByService
public class ReportArchiveResource {

    static final String XLSX = MediaTypes.XLSX;

    /** The reports the archive keeps. */
    public static final Set<String> REPORTS = Set.of("progress", "budget", "findings", "history");

    private final ReportArchive archive;
    private final Visibility visibility;
    private final CenterService centers;

    ReportArchiveResource(ReportArchive archive, Visibility visibility, CenterService centers) {
        this.archive = archive;
        this.visibility = visibility;
        this.centers = centers;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary =
                    "The workbooks issued that the caller may see, newest first; filters: report, center,"
                            + " fundingSource, from/to (cut-off date), issuedFrom/issuedTo (day issued)")
    public Response list(
            @QueryParam("report") String report,
            @QueryParam("center") String center,
            @QueryParam("fundingSource") String fundingSource,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("issuedFrom") String issuedFrom,
            @QueryParam("issuedTo") String issuedTo,
            @Valid @BeanParam PageRequest page,
            SecurityContext security,
            UriInfo uri) {
        VisibilityScope scope = visibility.scope();
        if (report != null && !REPORTS.contains(report)) {
            throw Refusal.invalidField("report", "archive.error.report");
        }
        Long centerId = null;
        if (center != null && !center.isBlank()) {
            String code = center.strip();
            centerId =
                    centers.seenBy(scope).stream()
                            .filter(c -> c.getCode().equals(code))
                            .findFirst()
                            .orElseThrow(
                                    () -> Refusal.invalidField("center", "center.unknown", code))
                            .getId();
        }
        ArchiveFilter filter =
                new ArchiveFilter(
                        report,
                        centerId,
                        archive.grant(fundingSource, scope),
                        QueryParams.date("from", from),
                        QueryParams.date("to", to),
                        QueryParams.date("issuedFrom", issuedFrom),
                        QueryParams.date("issuedTo", issuedTo));
        return PagedAnswers.of(archive.list(filter, scope, Actor.of(security), page), uri);
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One archived workbook: what was issued, for what, to whom, when")
    public IssuedReportView one(@PathParam("id") long id, SecurityContext security) {
        return archive.find(id, visibility.scope(), Actor.of(security));
    }

    @GET
    @Path("{id}/workbook")
    @Produces({XLSX, MediaType.APPLICATION_JSON})
    @Operation(summary = "An archived workbook again, byte for byte as it was issued")
    public Response workbook(@PathParam("id") long id, SecurityContext security) {
        return send(archive.file(id, visibility.scope(), Actor.of(security)));
    }

    @POST
    @Path("verify")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary =
                    "Whether RehabTrack issued a workbook (part 'file'): by its SHA-256, when, to whom, with"
                            + " which parameters")
    public Verification verify(@RestForm("file") FileUpload file, SecurityContext security) {
        if (file == null || file.uploadedFile() == null) {
            throw Refusal.invalidField("file", "archive.error.fileRequired");
        }
        return archive.verify(file.uploadedFile(), visibility.scope(), Actor.of(security));
    }

    /**
     * An archived file as a download, under the name it was issued with (plain ASCII, no escaping
     * needed).
     */
    public static Response send(Archived archived) {
        StreamingOutput body = out -> Files.copy(archived.file(), out);
        return Response.ok(body, XLSX)
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"" + archived.fileName() + "\"")
                .build();
    }
}
