package org.rehabtrack.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
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
import jakarta.ws.rs.core.UriBuilder;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.rehabtrack.center.CenterView;
import org.rehabtrack.evaluation.EvaluationComparison;
import org.rehabtrack.evaluation.EvaluationKind;
import org.rehabtrack.evaluation.EvaluationService;
import org.rehabtrack.evaluation.EvaluationView;
import org.rehabtrack.evaluation.NewEvaluation;
import org.rehabtrack.system.Refusal;
import org.rehabtrack.system.Roles;

/**
 * A center's evaluations ({@code /centers/{code}/evaluations/…}): an evaluation's own page, with
 * what was measured, its standards checks and how each moved since the center's initial evaluation;
 * and the form that records one, its measurements grouped as engineers take them on site (people,
 * spaces, water and sanitation, safety). Everyone who sees the center reads the page; managers and
 * engineers record evaluations. A refused form comes back in the answer (422) as typed; a recorded
 * evaluation opens its page.
 */
@Path("/centers/{code}/evaluations")
@Authenticated
public class EvaluationPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance evaluation(
                Page page,
                CenterView center,
                EvaluationView evaluation,
                List<EvaluationFields.Group> measured,
                EvaluationComparison comparison,
                String comparedOn,
                boolean created);

        static native TemplateInstance newEvaluation(
                Page page,
                CenterView center,
                FilledForm form,
                List<EvaluationFields.Group> groups,
                List<EvaluationKind> kinds,
                LocalDate today);
    }

    private final Page page;
    private final VisibleCenters centers;
    private final EvaluationService evaluations;
    private final Validator validator;
    private final Clock clock;
    private final SentForms sent;

    EvaluationPage(
            Page page,
            VisibleCenters centers,
            EvaluationService evaluations,
            Validator validator,
            Clock clock,
            SentForms sent) {
        this.sent = sent;
        this.page = page;
        this.centers = centers;
        this.evaluations = evaluations;
        this.validator = validator;
        this.clock = clock;
    }

    @GET
    @Path("{id: [0-9]+}")
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public TemplateInstance show(
            @PathParam("code") String code,
            @PathParam("id") long id,
            @QueryParam("outcome") String outcome) {
        CenterView center = centers.require(code);
        EvaluationView evaluation = evaluations.get(id);
        if (!evaluation.center().equals(code)) {
            throw Refusal.notFound("evaluation.notFound", id);
        }
        EvaluationComparison comparison = null;
        if (evaluation.kind() != EvaluationKind.INITIAL) {
            try {
                comparison = evaluations.compare(id, null);
            } catch (Refusal e) {
                // No initial evaluation to compare with: the page says so.
            }
        }
        return page.localized(
                Templates.evaluation(
                        page,
                        center,
                        evaluation,
                        EvaluationFields.measured(evaluation.measurements(), page),
                        comparison,
                        comparison == null
                                ? ""
                                : page.formats().date(comparison.comparedWithDate()),
                        "created".equals(outcome)));
    }

    @GET
    @Path("new")
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({Roles.MANAGER, Roles.ENGINEER})
    @Operation(hidden = true)
    public TemplateInstance blank(@PathParam("code") String code) {
        return form(centers.require(code), FilledForm.EMPTY);
    }

    private TemplateInstance form(CenterView center, FilledForm form) {
        return page.localized(
                Templates.newEvaluation(
                        page,
                        center,
                        form,
                        EvaluationFields.groups(page),
                        List.of(EvaluationKind.values()),
                        LocalDate.now(clock)));
    }

    @POST
    @Path("new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.MANAGER, Roles.ENGINEER})
    @Operation(hidden = true)
    public Response record(@PathParam("code") String code, @BeanParam EvaluationFields posted) {
        CenterView center = centers.require(code);
        return sent.once(page.user(), posted.submissionKey, () -> record(center, posted));
    }

    private Response record(CenterView center, EvaluationFields posted) {
        String code = center.code();
        FormErrors errors = FormErrors.posted(page, posted.token);
        if (!SentForms.wellFormed(posted.submissionKey)) {
            errors.add(FormErrors.FORM, errors.msg().page_form_badKey());
        }
        NewEvaluation request = new NewEvaluation();
        request.kind = errors.choice("kind", EvaluationKind.class, posted.kind);
        request.date = errors.date("date", posted.date, true);
        request.leadEngineer = FormErrors.blankToNull(posted.leadEngineer);
        request.summary = FormErrors.blankToNull(posted.summary);
        request.measurements = posted.measurements(errors);
        errors.violations(validator.validate(request));
        for (String field : EvaluationFields.MEASURED) {
            errors.rename("measurements." + field, field);
        }
        if (!errors.any()) {
            try {
                java.net.URI created =
                        io.quarkus.narayana.jta.QuarkusTransaction.joiningExisting()
                                .call(
                                        () -> {
                                            EvaluationView evaluation =
                                                    evaluations.create(code, request);
                                            java.net.URI at =
                                                    UriBuilder.fromPath(
                                                                    "/centers/{code}/evaluations/{id}")
                                                            .queryParam("outcome", "created")
                                                            .build(code, evaluation.id());
                                            sent.keep(page.user(), posted.submissionKey, at);
                                            return at;
                                        });
                return SeeOther.to(created);
            } catch (Refusal e) {
                errors.refused(e);
            }
        }
        return FormErrors.unprocessable(form(center, FilledForm.refused(errors, posted.typed())));
    }
}
