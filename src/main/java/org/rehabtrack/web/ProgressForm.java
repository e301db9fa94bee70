package org.rehabtrack.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.rehabtrack.center.CenterView;
import org.rehabtrack.finding.PhotoService;
import org.rehabtrack.security.Csrf;
import org.rehabtrack.system.Refusal;
import org.rehabtrack.system.Roles;
import org.rehabtrack.works.ProgressRequest;
import org.rehabtrack.works.ProgressView;
import org.rehabtrack.works.WorkPackageService;
import org.rehabtrack.works.WorkPackageView;

/**
 * The engineer's form to record a works package's progress on site: the date, the cumulative
 * percentage, a note, the reason when it is lower than the last report, and photos of the works.
 * The page also lists the reports so far. Refused input comes back in the answer to the post (422),
 * each error by its field; a saved report sends the browser back to the center (303). The report
 * and its photos are saved together or not at all.
 */
@Path("/centers/{code}/work-packages/{id}/progress")
@RolesAllowed({Roles.MANAGER, Roles.ENGINEER})
public class ProgressForm {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance progress(
                Page page,
                CenterView center,
                WorkPackageView workPackage,
                List<ProgressView> reports,
                FilledForm form,
                LocalDate today,
                int maxPhotos);
    }

    private final Page page;
    private final VisibleCenters centers;
    private final WorkPackageService packages;
    private final PhotoService photos;
    private final Validator validator;
    private final Clock clock;
    private final SentForms sent;

    ProgressForm(
            Page page,
            VisibleCenters centers,
            WorkPackageService packages,
            PhotoService photos,
            Validator validator,
            Clock clock,
            SentForms sent) {
        this.sent = sent;
        this.page = page;
        this.centers = centers;
        this.packages = packages;
        this.photos = photos;
        this.validator = validator;
        this.clock = clock;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public TemplateInstance form(@PathParam("code") String code, @PathParam("id") long id) {
        return form(code, id, FilledForm.EMPTY);
    }

    private TemplateInstance form(String code, long id, FilledForm form) {
        CenterView center = centers.require(code);
        WorkPackageView workPackage = packageOf(code, id);
        List<ProgressView> reports = new ArrayList<>(packages.progress(id));
        Collections.reverse(reports);
        return page.localized(
                Templates.progress(
                        page,
                        center,
                        workPackage,
                        reports,
                        form,
                        LocalDate.now(clock),
                        Uploads.MAX_PHOTOS));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(hidden = true)
    public Response record(
            @PathParam("code") String code,
            @PathParam("id") long id,
            @RestForm(Csrf.FIELD) String token,
            @RestForm String date,
            @RestForm String percentComplete,
            @RestForm String note,
            @RestForm String correctionReason,
            @RestForm String caption,
            @RestForm("photo") List<FileUpload> photo,
            @RestForm(SentForms.FIELD) String submissionKey) {
        centers.check(code);
        packageOf(code, id);
        return sent.once(
                page.user(),
                submissionKey,
                () ->
                        recordProgress(
                                code,
                                id,
                                token,
                                date,
                                percentComplete,
                                note,
                                correctionReason,
                                caption,
                                photo,
                                submissionKey));
    }

    private Response recordProgress(
            String code,
            long id,
            String token,
            String date,
            String percentComplete,
            String note,
            String correctionReason,
            String caption,
            List<FileUpload> photo,
            String submissionKey) {
        FormErrors errors = new FormErrors(page);
        String[] typed = {
            "date",
            date,
            "percentComplete",
            percentComplete,
            "note",
            note,
            "correctionReason",
            correctionReason,
            "caption",
            caption
        };
        if (!Csrf.matches(page.csrf(), token)) {
            errors.add(FormErrors.FORM, errors.msg().page_csrf());
            return again(code, id, typed, errors, List.of());
        }
        if (!SentForms.wellFormed(submissionKey)) {
            errors.add(FormErrors.FORM, errors.msg().page_form_badKey());
            return again(code, id, typed, errors, List.of());
        }
        List<FileUpload> chosen = Uploads.chosen(photo, errors);
        ProgressRequest request = new ProgressRequest();
        request.date = errors.date("date", date, true);
        request.percentComplete = errors.number("percentComplete", percentComplete, true);
        request.note = FormErrors.blankToNull(note);
        request.correctionReason = FormErrors.blankToNull(correctionReason);
        errors.violations(validator.validate(request));
        String photoCaption = Uploads.caption(caption, errors);
        if (errors.any()) {
            return again(code, id, typed, errors, chosen);
        }
        Optional<ProgressView> saved =
                Uploads.saveWithPhotos(
                        () -> packages.reportProgress(id, request, page.user()),
                        chosen,
                        photos,
                        (report, prepared) ->
                                photos.addToProgress(report.id(), prepared, photoCaption),
                        report -> sent.keep(page.user(), submissionKey, atPackage(code, id)),
                        errors);
        if (saved.isEmpty()) {
            return again(code, id, typed, errors, chosen);
        }
        return SeeOther.to(atPackage(code, id));
    }

    /** Where recorded progress sends the browser: the center's page, at the package. */
    private static java.net.URI atPackage(String code, long id) {
        return UriBuilder.fromPath("/centers/{code}")
                .queryParam("package", id)
                .queryParam("outcome", "progress")
                .fragment("w" + id)
                .build(code);
    }

    private WorkPackageView packageOf(String code, long id) {
        WorkPackageView workPackage = packages.get(id);
        if (!workPackage.center().equals(code)) {
            throw Refusal.notFound("works.notFound", id);
        }
        return workPackage;
    }

    /** The form again, in the answer to the post (422), filled in as typed. */
    private Response again(
            String code, long id, String[] typed, FormErrors errors, List<FileUpload> chosen) {
        Uploads.chooseAgain(chosen, errors);
        return FormErrors.unprocessable(form(code, id, FilledForm.refused(errors, typed)));
    }
}
