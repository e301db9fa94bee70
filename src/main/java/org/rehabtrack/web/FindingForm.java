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
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.rehabtrack.center.CenterView;
import org.rehabtrack.evaluation.EvaluationService;
import org.rehabtrack.evaluation.EvaluationView;
import org.rehabtrack.finding.FindingCategory;
import org.rehabtrack.finding.FindingService;
import org.rehabtrack.finding.FindingView;
import org.rehabtrack.finding.NewFinding;
import org.rehabtrack.finding.PhotoService;
import org.rehabtrack.finding.Severity;
import org.rehabtrack.security.Csrf;
import org.rehabtrack.system.Roles;

/**
 * The engineer's form to log a finding from the site, made for a phone: what, how serious, where,
 * and photos straight from the camera. Refused input comes back at once, in the answer to the post
 * (422), in the form with each error next to its field (photos must be chosen again: a browser
 * cannot refill a file input); a saved finding sends the browser back to the center (303). The
 * finding and its photos are saved together or not at all.
 */
@Path("/centers/{code}/findings")
@RolesAllowed({Roles.MANAGER, Roles.ENGINEER})
public class FindingForm {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance newFinding(
                Page page,
                CenterView center,
                List<EvaluationView> evaluations,
                List<FindingCategory> categories,
                List<Severity> severities,
                FilledForm form,
                int maxPhotos);
    }

    private final Page page;
    private final VisibleCenters centers;
    private final EvaluationService evaluations;
    private final FindingService findings;
    private final PhotoService photos;
    private final Validator validator;
    private final SentForms sent;

    FindingForm(
            Page page,
            VisibleCenters centers,
            EvaluationService evaluations,
            FindingService findings,
            PhotoService photos,
            Validator validator,
            SentForms sent) {
        this.sent = sent;
        this.page = page;
        this.centers = centers;
        this.evaluations = evaluations;
        this.findings = findings;
        this.photos = photos;
        this.validator = validator;
    }

    @GET
    @Path("new")
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public TemplateInstance form(@PathParam("code") String code) {
        return form(code, FilledForm.EMPTY);
    }

    private TemplateInstance form(String code, FilledForm form) {
        CenterView center = centers.require(code);
        return page.localized(
                Templates.newFinding(
                        page,
                        center,
                        newestFirst(code),
                        List.of(FindingCategory.values()),
                        List.of(Severity.values()),
                        form,
                        Uploads.MAX_PHOTOS));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(hidden = true)
    public Response log(
            @PathParam("code") String code,
            @RestForm(Csrf.FIELD) String token,
            @RestForm String evaluation,
            @RestForm String category,
            @RestForm String severity,
            @RestForm String title,
            @RestForm String location,
            @RestForm String description,
            @RestForm String recommendation,
            @RestForm String caption,
            @RestForm("photo") List<FileUpload> photo,
            @RestForm(SentForms.FIELD) String submissionKey) {
        centers.check(code);
        return sent.once(
                page.user(),
                submissionKey,
                () ->
                        logFinding(
                                code,
                                token,
                                evaluation,
                                category,
                                severity,
                                title,
                                location,
                                description,
                                recommendation,
                                caption,
                                photo,
                                submissionKey));
    }

    private Response logFinding(
            String code,
            String token,
            String evaluation,
            String category,
            String severity,
            String title,
            String location,
            String description,
            String recommendation,
            String caption,
            List<FileUpload> photo,
            String submissionKey) {
        FormErrors errors = new FormErrors(page);
        String[] typed = {
            "evaluation",
            evaluation,
            "category",
            category,
            "severity",
            severity,
            "title",
            title,
            "location",
            location,
            "description",
            description,
            "recommendation",
            recommendation,
            "caption",
            caption
        };
        if (!Csrf.matches(page.csrf(), token)) {
            errors.add(FormErrors.FORM, errors.msg().page_csrf());
            return again(code, typed, errors, List.of());
        }
        if (!SentForms.wellFormed(submissionKey)) {
            errors.add(FormErrors.FORM, errors.msg().page_form_badKey());
            return again(code, typed, errors, List.of());
        }
        List<FileUpload> chosen = Uploads.chosen(photo, errors);
        Long evaluationId = evaluationOf(code, evaluation, errors);
        NewFinding request = new NewFinding();
        request.category = errors.choice("category", FindingCategory.class, category);
        request.severity = errors.choice("severity", Severity.class, severity);
        request.title = FormErrors.blankToNull(title);
        request.location = FormErrors.blankToNull(location);
        request.description = FormErrors.blankToNull(description);
        request.recommendation = FormErrors.blankToNull(recommendation);
        errors.violations(validator.validate(request));
        String photoCaption = Uploads.caption(caption, errors);
        if (errors.any()) {
            return again(code, typed, errors, chosen);
        }
        Optional<FindingView> logged =
                Uploads.saveWithPhotos(
                        () -> findings.create(evaluationId, request, page.user()),
                        chosen,
                        photos,
                        (finding, prepared) -> photos.add(finding.id(), prepared, photoCaption),
                        finding ->
                                sent.keep(
                                        page.user(), submissionKey, atFinding(code, finding.id())),
                        errors);
        if (logged.isEmpty()) {
            return again(code, typed, errors, chosen);
        }
        return SeeOther.to(atFinding(code, logged.get().id()));
    }

    /** Where a logged finding sends the browser: the center's page, at the finding. */
    private static java.net.URI atFinding(String code, long id) {
        return UriBuilder.fromPath("/centers/{code}")
                .queryParam("finding", id)
                .queryParam("outcome", "logged")
                .fragment("f" + id)
                .build(code);
    }

    /** The evaluation the finding belongs to: one of this center's. */
    private Long evaluationOf(String code, String typed, FormErrors errors) {
        try {
            long id = Long.parseLong(typed == null ? "" : typed.strip());
            if (newestFirst(code).stream().anyMatch(e -> e.id() == id)) {
                return id;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add("evaluation", errors.msg().page_form_choose());
        return null;
    }

    private List<EvaluationView> newestFirst(String code) {
        return evaluations.listForCenter(code).stream()
                .sorted(Comparator.comparing(EvaluationView::date).reversed())
                .toList();
    }

    /**
     * The form again, in the answer to the post (422), filled in as typed, each error by its field;
     * chosen photos must be chosen again.
     */
    private Response again(
            String code, String[] typed, FormErrors errors, List<FileUpload> chosen) {
        Uploads.chooseAgain(chosen, errors);
        return FormErrors.unprocessable(form(code, FilledForm.refused(errors, typed)));
    }
}
