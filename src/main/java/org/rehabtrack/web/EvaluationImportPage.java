package org.rehabtrack.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.rehabtrack.center.CenterView;
import org.rehabtrack.fielddata.EvaluationImport;
import org.rehabtrack.fielddata.ImportReport;
import org.rehabtrack.security.Csrf;
import org.rehabtrack.system.Refusal;
import org.rehabtrack.system.Roles;

/**
 * Importing into a center what KoboToolbox or ODK Central collected with the evaluation XLSForm
 * (docs/field-data.md): the page links the form to download, takes the export and its media, and
 * answers, in the answer to the post, what became of each submission. A file the service cannot
 * read comes back as the form with its error (422).
 */
@Path("/centers/{code}/evaluations/import")
@RolesAllowed({Roles.MANAGER, Roles.ENGINEER})
public class EvaluationImportPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance evaluationImport(
                Page page, CenterView center, FilledForm form, ImportReport report);
    }

    private final Page page;
    private final VisibleCenters centers;
    private final EvaluationImport imports;

    EvaluationImportPage(Page page, VisibleCenters centers, EvaluationImport imports) {
        this.page = page;
        this.centers = centers;
        this.imports = imports;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public TemplateInstance form(@PathParam("code") String code) {
        return show(centers.require(code), FilledForm.EMPTY, null);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response importExport(
            @PathParam("code") String code,
            @RestForm(Csrf.FIELD) String token,
            @RestForm("file") FileUpload file,
            @RestForm("findings") FileUpload findings,
            @RestForm("media") FileUpload media) {
        CenterView center = centers.require(code);
        FormErrors errors = FormErrors.posted(page, token);
        if (chosen(file) == null) {
            errors.add("file", errors.msg().page_form_required());
        }
        if (!errors.any()) {
            try {
                ImportReport report =
                        imports.importInto(
                                code,
                                chosen(file),
                                chosen(findings),
                                chosen(media),
                                page.user(),
                                page.locale());
                return Response.ok(show(center, FilledForm.EMPTY, report)).build();
            } catch (Refusal e) {
                errors.refused(e, "file");
            }
        }
        return FormErrors.unprocessable(show(center, FilledForm.refused(errors), null));
    }

    private TemplateInstance show(CenterView center, FilledForm form, ImportReport report) {
        return page.localized(Templates.evaluationImport(page, center, form, report));
    }

    /** The file chosen, or null: a browser sends an empty part for an empty file input. */
    private static java.nio.file.Path chosen(FileUpload upload) {
        return upload == null || upload.size() == 0 ? null : upload.uploadedFile();
    }
}
