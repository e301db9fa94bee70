package org.rehabtrack.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.Validator;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.rehabtrack.center.CenterView;
import org.rehabtrack.partnership.AgreementService;
import org.rehabtrack.partnership.AgreementView;
import org.rehabtrack.partnership.CommitmentDetails;
import org.rehabtrack.partnership.CommitmentKind;
import org.rehabtrack.partnership.CommitmentStatus;
import org.rehabtrack.partnership.CommitmentView;
import org.rehabtrack.security.Csrf;
import org.rehabtrack.system.PatchReader;
import org.rehabtrack.system.Refusal;
import org.rehabtrack.system.Refusal.Reason;
import org.rehabtrack.system.Roles;

/**
 * An agreement's own page ({@code /centers/{code}/agreements/{id}}): what it says, its parties and
 * status, and its commitments, each overdue one marked. Everyone who sees the center reads it; a
 * manager also adds commitments and marks each one met or waived, moves its due date or rewrites
 * it. Refusals come back in the page (422); saved forms redirect to it, saying what was saved.
 */
@Path("/centers/{code}/agreements")
@Authenticated
public class AgreementPage {

    /** The outcomes the page may announce, as the redirect after a saved form names them. */
    private static final Set<String> OUTCOMES =
            Set.of("created", "saved", "unchanged", "commitmentAdded", "commitmentSaved");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance agreement(
                Page page,
                CenterView center,
                AgreementView agreement,
                String outcome,
                long outcomeCommitment,
                FilledForm newCommitment,
                Edited edited,
                List<CommitmentKind> kinds,
                List<CommitmentStatus> statuses);
    }

    /** The commitment whose form was refused, if any, and that form as typed. */
    public record Edited(long commitment, FilledForm form) {

        static final Edited NONE = new Edited(0, FilledForm.EMPTY);

        /** The form of this commitment: as typed if it was the one refused, else afresh. */
        public FilledForm of(long id) {
            return id == commitment ? form : FilledForm.EMPTY;
        }
    }

    private final Page page;
    private final VisibleCenters centers;
    private final AgreementService service;
    private final PatchReader patches;
    private final Validator validator;

    AgreementPage(
            Page page,
            VisibleCenters centers,
            AgreementService service,
            PatchReader patches,
            Validator validator) {
        this.page = page;
        this.centers = centers;
        this.service = service;
        this.patches = patches;
        this.validator = validator;
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public TemplateInstance show(
            @PathParam("code") String code,
            @PathParam("id") long id,
            @QueryParam("outcome") String outcome,
            @QueryParam("commitment") Long commitment) {
        return show(
                code,
                id,
                SeeOther.outcome(outcome, OUTCOMES),
                commitment == null ? 0 : commitment,
                FilledForm.EMPTY,
                Edited.NONE);
    }

    private TemplateInstance show(
            String code,
            long id,
            String outcome,
            long outcomeCommitment,
            FilledForm newCommitment,
            Edited edited) {
        CenterView center = centers.require(code);
        return page.localized(
                Templates.agreement(
                        page,
                        center,
                        agreementOf(service, code, id),
                        outcome,
                        outcomeCommitment,
                        newCommitment,
                        edited,
                        List.of(CommitmentKind.values()),
                        List.of(CommitmentStatus.values())));
    }

    @POST
    @Path("{id}/commitments")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.MANAGER)
    @Operation(hidden = true)
    public Response addCommitment(
            @PathParam("code") String code,
            @PathParam("id") long id,
            @RestForm(Csrf.FIELD) String token,
            @RestForm String partner,
            @RestForm String kind,
            @RestForm String description,
            @RestForm String dueDate) {
        centers.check(code);
        agreementOf(service, code, id);
        String[] typed = {
            "partner", partner, "kind", kind, "description", description, "dueDate", dueDate
        };
        FormErrors errors = FormErrors.posted(page, token);
        CommitmentDetails request = new CommitmentDetails();
        request.partner = FormErrors.blankToNull(partner);
        request.kind = errors.choice("kind", CommitmentKind.class, kind);
        request.description = FormErrors.blankToNull(description);
        request.dueDate = errors.date("dueDate", dueDate, false);
        errors.violations(validator.validate(request));
        if (!errors.any()) {
            try {
                CommitmentView added = service.addCommitment(id, request);
                return backTo(code, id, "commitmentAdded", added.id());
            } catch (Refusal e) {
                errors.refused(e);
            }
        }
        return FormErrors.unprocessable(
                show(code, id, null, 0, FilledForm.refused(errors, typed), Edited.NONE));
    }

    @POST
    @Path("{id}/commitments/{commitment}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.MANAGER)
    @Operation(hidden = true)
    public Response updateCommitment(
            @PathParam("code") String code,
            @PathParam("id") long id,
            @PathParam("commitment") long commitmentId,
            @RestForm(Csrf.FIELD) String token,
            @RestForm long version,
            @RestForm String status,
            @RestForm String description,
            @RestForm String dueDate) {
        centers.check(code);
        CommitmentView before = commitmentOf(agreementOf(service, code, id), commitmentId);
        String[] typed = {"status", status, "description", description, "dueDate", dueDate};
        FormErrors errors = FormErrors.posted(page, token);
        Map<String, Object> fields = new HashMap<>();
        fields.put("version", version);
        fields.put("status", errors.choice("status", CommitmentStatus.class, status));
        fields.put("description", FormErrors.blankToNull(description));
        errors.atMost("description", description, 2000);
        // An empty date, which is also what a browser sends for one typed only in part, keeps
        // the stored due date.
        if (FormErrors.blankToNull(dueDate) != null) {
            fields.put("dueDate", errors.date("dueDate", dueDate, false));
        }
        if (!errors.any()) {
            try {
                CommitmentView after = service.updateCommitment(commitmentId, patches.of(fields));
                return backTo(
                        code,
                        id,
                        after.version() == before.version() ? "unchanged" : "commitmentSaved",
                        commitmentId);
            } catch (Refusal e) {
                if (e.reason() == Reason.STALE_VERSION) {
                    return staleCommitment(code, id, commitmentId);
                }
                errors.refused(e);
            } catch (OptimisticLockException e) {
                return staleCommitment(code, id, commitmentId);
            }
        }
        return FormErrors.unprocessable(
                show(
                        code,
                        id,
                        null,
                        0,
                        FilledForm.EMPTY,
                        new Edited(commitmentId, FilledForm.refused(errors, typed))));
    }

    /** The page again (422) with the commitment as it is now, saying someone changed it. */
    private Response staleCommitment(String code, long id, long commitmentId) {
        FormErrors errors = new FormErrors(page);
        errors.add(
                FormErrors.FORM,
                page.texts(AgreementMessages.class).agreementPage_commitmentStale());
        CommitmentView now = commitmentOf(agreementOf(service, code, id), commitmentId);
        String[] current = {
            "status", now.status().name(),
            "description", Objects.toString(now.description(), ""),
            "dueDate", Objects.toString(now.dueDate(), "")
        };
        return FormErrors.unprocessable(
                show(
                        code,
                        id,
                        null,
                        0,
                        FilledForm.EMPTY,
                        new Edited(commitmentId, FilledForm.refused(errors, current))));
    }

    /** The agreement's page, saying what was saved, by the commitment it was about, if any. */
    static Response backTo(String code, long id, String outcome) {
        return backTo(code, id, outcome, 0);
    }

    private static Response backTo(String code, long id, String outcome, long commitment) {
        UriBuilder to =
                UriBuilder.fromPath("/centers/{code}/agreements/{id}")
                        .queryParam("outcome", outcome);
        if (commitment != 0) {
            to.queryParam("commitment", commitment).fragment("c" + commitment);
        }
        return SeeOther.to(to.build(code, id));
    }

    /** The agreement, if it is one of this center's; else 404, as for none. */
    static AgreementView agreementOf(AgreementService service, String code, long id) {
        AgreementView agreement = service.get(id);
        if (!agreement.center().equals(code)) {
            throw Refusal.notFound("agreement.notFound", id);
        }
        return agreement;
    }

    /** The commitment, if it is one of this agreement's; else 404, as for none. */
    private static CommitmentView commitmentOf(AgreementView agreement, long id) {
        return agreement.commitments().stream()
                .filter(c -> c.id() == id)
                .findFirst()
                .orElseThrow(() -> Refusal.notFound("commitment.notFound", id));
    }
}
