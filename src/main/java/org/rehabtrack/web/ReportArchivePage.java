package org.rehabtrack.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.rehabtrack.center.Center;
import org.rehabtrack.center.CenterService;
import org.rehabtrack.report.archive.ArchiveFilter;
import org.rehabtrack.report.archive.ArchiveLinks;
import org.rehabtrack.report.archive.IssuedReportView;
import org.rehabtrack.report.archive.ReportArchive;
import org.rehabtrack.report.archive.ReportArchiveResource;
import org.rehabtrack.report.archive.Verification;
import org.rehabtrack.security.Csrf;
import org.rehabtrack.security.Visibility;
import org.rehabtrack.system.MediaTypes;
import org.rehabtrack.system.PageRequest;
import org.rehabtrack.system.Paged;
import org.rehabtrack.system.Refusal;

/**
 * The workbooks issued (docs/reports.md, "Archive"), as the reader may see them: newest first, by
 * report, center and day issued, each to download again as it was issued; and a form that checks
 * whether a copy someone holds is one RehabTrack issued.
 */
@Path("/reports/archive")
@Authenticated
public class ReportArchivePage {

    static final int PAGE_SIZE = 25;

    /** The filters of the list, as asked (blank for none), and the page. */
    public record Query(
            String report, String center, String issuedFrom, String issuedTo, int page) {

        /** The address of another page of the same list. */
        public String pageLink(int number) {
            UriBuilder link = UriBuilder.fromPath("/reports/archive");
            for (String[] param :
                    new String[][] {
                        {"report", report},
                        {"center", center},
                        {"issuedFrom", issuedFrom},
                        {"issuedTo", issuedTo}
                    }) {
                if (param[1] != null && !param[1].isBlank()) {
                    link.queryParam(param[0], param[1]);
                }
            }
            return link.queryParam("page", number).build().toString();
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance archive(
                Page page,
                Query query,
                List<Center> centers,
                List<ArchiveRows.Row> rows,
                long total,
                long pages,
                FilledForm form,
                Verification verification,
                List<ArchiveRows.Row> verified);
    }

    private final Page page;
    private final ReportArchive archive;
    private final ArchiveLinks links;
    private final CenterService centers;
    private final Visibility visibility;
    private final Clock clock;

    ReportArchivePage(
            Page page,
            ReportArchive archive,
            ArchiveLinks links,
            CenterService centers,
            Visibility visibility,
            Clock clock) {
        this.page = page;
        this.archive = archive;
        this.links = links;
        this.centers = centers;
        this.visibility = visibility;
        this.clock = clock;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public TemplateInstance list(
            @QueryParam("report") String report,
            @QueryParam("center") String center,
            @QueryParam("issuedFrom") String issuedFrom,
            @QueryParam("issuedTo") String issuedTo,
            @QueryParam("page") String pageNumber) {
        Query query = new Query(report, center, issuedFrom, issuedTo, number(pageNumber));
        return show(query, FilledForm.EMPTY, null);
    }

    /**
     * An archived workbook through a link a schedule mailed, to anyone holding it until it expires;
     * a link changed or expired is refused (403), as a page for a browser. The address ends in the
     * workbook's file name, so no sign-in is asked first ({@link SignInFirst}).
     */
    @GET
    @Path("{id}/{file}")
    @PermitAll
    @Produces({MediaTypes.XLSX, MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
    @Operation(hidden = true)
    public Response download(
            @PathParam("id") long id,
            @PathParam("file") String file,
            @QueryParam("expires") String expires,
            @QueryParam("signature") String signature) {
        links.check(id, expires, signature);
        return ReportArchiveResource.send(archive.linked(id, file));
    }

    @POST
    @Path("verify")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response verify(@RestForm(Csrf.FIELD) String token, @RestForm("file") FileUpload file) {
        Query query = new Query(null, null, null, null, 1);
        FormErrors errors = FormErrors.posted(page, token);
        if (file == null || file.size() == 0) {
            errors.add("file", errors.msg().page_form_required());
        }
        if (!errors.any()) {
            try {
                Verification verification =
                        archive.verify(file.uploadedFile(), visibility.scope(), page.user());
                return Response.ok(show(query, FilledForm.EMPTY, verification)).build();
            } catch (Refusal e) {
                errors.refused(e, "file");
            }
        }
        return FormErrors.unprocessable(show(query, FilledForm.refused(errors), null));
    }

    private TemplateInstance show(Query query, FilledForm form, Verification verification) {
        List<Center> visible = centers.seenBy(visibility.scope());
        Paged<IssuedReportView> paged = listed(query, visible);
        ArchiveRows shown = new ArchiveRows(page, clock);
        List<ArchiveRows.Row> rows = shown.of(paged.items());
        List<ArchiveRows.Row> verified =
                verification == null ? List.of() : shown.of(verification.issues());
        return page.localized(
                Templates.archive(
                        page,
                        query,
                        visible,
                        rows,
                        paged.total(),
                        paged.pages(),
                        form,
                        verification,
                        verified));
    }

    /**
     * The page of the list the query asks for; a filter that does not parse or names what the
     * reader may not see is left out rather than refused, as a page's filter is a choice in a list.
     */
    private Paged<IssuedReportView> listed(Query query, List<Center> visible) {
        Long center =
                visible.stream()
                        .filter(c -> c.getCode().equals(query.center()))
                        .map(Center::getId)
                        .findFirst()
                        .orElse(null);
        ArchiveFilter filter =
                new ArchiveFilter(
                        query.report() != null
                                        && ReportArchiveResource.REPORTS.contains(query.report())
                                ? query.report()
                                : null,
                        center,
                        null,
                        null,
                        null,
                        date(query.issuedFrom()),
                        date(query.issuedTo()));
        PageRequest request = new PageRequest();
        request.size = PAGE_SIZE;
        request.page = Math.min(query.page(), PageRequest.MAX_PAGE);
        return archive.list(filter, visibility.scope(), page.user(), request);
    }

    private static int number(String text) {
        try {
            return Math.max(1, Integer.parseInt(text == null ? "1" : text.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static LocalDate date(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}
