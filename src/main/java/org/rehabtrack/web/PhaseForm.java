package org.rehabtrack.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.OptimisticLockException;
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
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.rehabtrack.center.CenterService;
import org.rehabtrack.center.CenterView;
import org.rehabtrack.center.MilestoneKind;
import org.rehabtrack.center.Phase;
import org.rehabtrack.center.PhaseChangeView;
import org.rehabtrack.milestone.MilestoneService;
import org.rehabtrack.milestone.MilestoneView;
import org.rehabtrack.security.Csrf;
import org.rehabtrack.system.PatchReader;
import org.rehabtrack.system.Refusal;
import org.rehabtrack.system.Refusal.Reason;
import org.rehabtrack.system.Roles;

/**
 * The manager's form to move a center to another phase ({@code /centers/{code}/phase}): the page
 * says what the current phase needs before the center may leave it (its gate milestone, reached or
 * not), offers the next phase first, and lists the phase changes so far. A refusal, such as a gate
 * not reached, comes back in the answer to the post (422) in the page's language; a change sends
 * the browser to the center's page (303).
 */
@Path("/centers/{code}/phase")
@RolesAllowed(Roles.MANAGER)
public class PhaseForm {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance phase(
                Page page,
                CenterView center,
                String gate,
                boolean gateReached,
                List<Phase> targets,
                Phase proposed,
                List<PhaseChangeView> changes,
                FilledForm form,
                LocalDate today);
    }

    private final Page page;
    private final VisibleCenters centers;
    private final CenterService service;
    private final MilestoneService milestones;
    private final PatchReader patches;
    private final Clock clock;

    PhaseForm(
            Page page,
            VisibleCenters centers,
            CenterService service,
            MilestoneService milestones,
            PatchReader patches,
            Clock clock) {
        this.page = page;
        this.centers = centers;
        this.service = service;
        this.milestones = milestones;
        this.patches = patches;
        this.clock = clock;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public TemplateInstance form(@PathParam("code") String code) {
        return form(centers.require(code), FilledForm.EMPTY);
    }

    private TemplateInstance form(CenterView center, FilledForm form) {
        CenterFormMessages texts = page.texts(CenterFormMessages.class);
        Formats fmt = page.formats();
        Phase phase = center.phase();
        MilestoneView gate =
                phase.gate()
                        .flatMap(
                                kind ->
                                        milestones.listForCenter(center.code()).stream()
                                                .filter(m -> m.kind() == kind)
                                                .findFirst())
                        .orElse(null);
        String gateText;
        if (phase.gate().isEmpty()) {
            gateText = texts.phaseForm_noGate();
        } else {
            MilestoneKind kind = phase.gate().get();
            String name = page.labels().milestone_kind(kind);
            gateText =
                    gate != null && gate.actualDate() != null
                            ? texts.phaseForm_gateReached(name, fmt.date(gate.actualDate()))
                            : texts.phaseForm_gateMissing(name);
        }
        List<Phase> targets = new ArrayList<>(Arrays.asList(Phase.values()));
        targets.remove(phase);
        Phase proposed =
                phase == Phase.COMPLETED
                        ? Phase.values()[phase.ordinal() - 1]
                        : Phase.values()[phase.ordinal() + 1];
        List<PhaseChangeView> changes = new ArrayList<>(service.phaseChanges(center.code()));
        Collections.reverse(changes);
        return page.localized(
                Templates.phase(
                        page,
                        center,
                        gateText,
                        gate != null && gate.actualDate() != null,
                        targets,
                        proposed,
                        changes,
                        form,
                        LocalDate.now(clock)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response change(
            @PathParam("code") String code,
            @RestForm(Csrf.FIELD) String token,
            @RestForm long version,
            @RestForm String phase,
            @RestForm String date,
            @RestForm String reason) {
        CenterView center = centers.require(code);
        String[] typed = {"phase", phase, "date", date, "reason", reason};
        FormErrors errors = new FormErrors(page);
        if (!Csrf.matches(page.csrf(), token)) {
            errors.add(FormErrors.FORM, errors.msg().page_csrf());
            return FormErrors.unprocessable(form(center, FilledForm.refused(errors, typed)));
        }
        Phase target = errors.choice("phase", Phase.class, phase);
        LocalDate when = errors.date("date", date, true);
        errors.atMost("reason", reason, 1000);
        if (!errors.any()) {
            Map<String, Object> fields = new HashMap<>();
            fields.put("version", version);
            fields.put("phase", target);
            fields.put("phaseChangeDate", when);
            fields.put("phaseChangeReason", FormErrors.blankToNull(reason));
            try {
                service.update(code, patches.of(fields));
                return SeeOther.to(
                        UriBuilder.fromPath("/centers/{code}")
                                .queryParam("outcome", "phase")
                                .fragment("phase-heading")
                                .build(code));
            } catch (Refusal e) {
                if (e.reason() == Reason.STALE_VERSION) {
                    return stale(code, typed);
                }
                refused(errors, e);
            } catch (OptimisticLockException e) {
                return stale(code, typed);
            }
        }
        return FormErrors.unprocessable(form(center, FilledForm.refused(errors, typed)));
    }

    /** The service's refusal next to the form's field it is about. */
    private static void refused(FormErrors errors, Refusal e) {
        if (e.fieldProblems().isEmpty()) {
            errors.refused(e);
            return;
        }
        String field = e.fieldProblems().get(0).field();
        errors.refused(
                e,
                switch (field) {
                    case "phaseChangeDate" -> "date";
                    case "phaseChangeReason" -> "reason";
                    default -> field;
                });
    }

    /** The form again (422), drawn over the center's new state, saying someone changed it. */
    private Response stale(String code, String[] typed) {
        FormErrors errors = new FormErrors(page);
        errors.add(FormErrors.FORM, page.texts(CenterFormMessages.class).centerForm_stale());
        return FormErrors.unprocessable(
                form(centers.require(code), FilledForm.refused(errors, typed)));
    }
}
