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
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.rehabtrack.center.CenterView;
import org.rehabtrack.center.MilestoneKind;
import org.rehabtrack.milestone.MilestoneService;
import org.rehabtrack.milestone.MilestoneView;
import org.rehabtrack.milestone.NewMilestone;
import org.rehabtrack.milestone.NewRebaseline;
import org.rehabtrack.milestone.RebaselineView;
import org.rehabtrack.security.Csrf;
import org.rehabtrack.system.PatchReader;
import org.rehabtrack.system.Refusal;
import org.rehabtrack.system.Refusal.Reason;
import org.rehabtrack.system.Roles;

/**
 * A center's milestones beyond their cards on the center's page ({@code
 * /centers/{code}/milestones}): a milestone's own page, with its note, its name when it is one of
 * the center's own, and its baseline moved on purpose with the reason, listed with every earlier
 * move; the form that adds a milestone of the center's own; and the cards' own form, which moves
 * the forecast and actual dates. Everyone who sees the center reads these pages; only a manager
 * sees the forms and may post them. Refusals come back in the page (422); saved forms redirect.
 */
@Path("/centers/{code}/milestones")
@Authenticated
public class MilestonePage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance milestone(
                Page page,
                CenterView center,
                MilestoneView milestone,
                String title,
                List<Move> rebaselines,
                FilledForm details,
                FilledForm rebaseline,
                String outcome,
                LocalDate today);

        static native TemplateInstance newMilestone(Page page, CenterView center, FilledForm form);
    }

    /** A move of the baseline as the page lists it: from, to, when it was recorded, and why. */
    public record Move(LocalDate previousDate, LocalDate newDate, String when, String reason) {}

    private final Page page;
    private final VisibleCenters centers;
    private final MilestoneService milestones;
    private final PatchReader patches;
    private final Validator validator;
    private final CenterPage center;
    private final Clock clock;

    MilestonePage(
            Page page,
            VisibleCenters centers,
            MilestoneService milestones,
            PatchReader patches,
            Validator validator,
            CenterPage center,
            Clock clock) {
        this.page = page;
        this.centers = centers;
        this.milestones = milestones;
        this.patches = patches;
        this.validator = validator;
        this.center = center;
        this.clock = clock;
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public TemplateInstance show(
            @PathParam("code") String code,
            @PathParam("id") long id,
            @QueryParam("outcome") String outcome) {
        return show(
                code,
                id,
                FilledForm.EMPTY,
                FilledForm.EMPTY,
                "saved".equals(outcome) || "rebaselined".equals(outcome) ? outcome : null);
    }

    private TemplateInstance show(
            String code, long id, FilledForm details, FilledForm rebaseline, String outcome) {
        CenterView shown = centers.require(code);
        MilestoneView milestone = milestoneOf(code, id);
        Formats fmt = page.formats();
        List<Move> moves = new ArrayList<>();
        for (RebaselineView move : milestones.rebaselines(id)) {
            moves.add(
                    new Move(
                            move.previousDate(),
                            move.newDate(),
                            fmt.dateTime(move.recordedAt(), clock.getZone()),
                            move.reason()));
        }
        Collections.reverse(moves);
        String title =
                milestone.kind().isStandard()
                        ? page.labels().milestone_kind(milestone.kind())
                        : milestone.name();
        return page.localized(
                Templates.milestone(
                        page,
                        shown,
                        milestone,
                        title,
                        moves,
                        details,
                        rebaseline,
                        outcome,
                        LocalDate.now(clock)));
    }

    @POST
    @Path("{id}/details")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.MANAGER)
    @Operation(hidden = true)
    public Response describe(
            @PathParam("code") String code,
            @PathParam("id") long id,
            @RestForm(Csrf.FIELD) String token,
            @RestForm long version,
            @RestForm String name,
            @RestForm String baselineDate,
            @RestForm String note) {
        MilestoneView before = milestoneOf(code, id);
        String[] typed = {"name", name, "baselineDate", baselineDate, "note", note};
        FormErrors errors = FormErrors.posted(page, token);
        Map<String, Object> fields = new HashMap<>();
        fields.put("version", version);
        fields.put("note", FormErrors.blankToNull(note));
        if (before.baselineDate() == null) {
            fields.put("baselineDate", errors.date("baselineDate", baselineDate, false));
        }
        if (!before.kind().isStandard()) {
            if (FormErrors.blankToNull(name) == null) {
                errors.add("name", errors.msg().page_form_required());
            }
            fields.put("name", FormErrors.blankToNull(name));
        }
        errors.atMost("name", name, 200);
        errors.atMost("note", note, 2000);
        if (!errors.any()) {
            try {
                MilestoneView after = milestones.update(id, patches.of(fields), page.locale());
                return backTo(code, id, after.version() == before.version() ? null : "saved");
            } catch (Refusal e) {
                if (e.reason() != Reason.STALE_VERSION) {
                    errors.refused(e);
                } else {
                    return staleDetails(code, id, errors);
                }
            } catch (OptimisticLockException e) {
                return staleDetails(code, id, errors);
            }
        }
        return FormErrors.unprocessable(
                show(code, id, FilledForm.refused(errors, typed), FilledForm.EMPTY, null));
    }

    @POST
    @Path("{id}/rebaseline")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.MANAGER)
    @Operation(hidden = true)
    public Response rebaseline(
            @PathParam("code") String code,
            @PathParam("id") long id,
            @RestForm(Csrf.FIELD) String token,
            @RestForm long version,
            @RestForm String baselineDate,
            @RestForm String reason) {
        milestoneOf(code, id);
        String[] typed = {"baselineDate", baselineDate, "reason", reason};
        FormErrors errors = FormErrors.posted(page, token);
        NewRebaseline request = new NewRebaseline();
        request.version = version;
        request.baselineDate = errors.date("baselineDate", baselineDate, true);
        request.reason = FormErrors.blankToNull(reason);
        errors.violations(validator.validate(request));
        if (!errors.any()) {
            try {
                milestones.rebaseline(id, request);
                return backTo(code, id, "rebaselined");
            } catch (Refusal e) {
                if (e.reason() == Reason.STALE_VERSION) {
                    errors.add(FormErrors.FORM, errors.msg().page_stale());
                } else {
                    errors.refused(e);
                }
            } catch (OptimisticLockException e) {
                errors.add(FormErrors.FORM, errors.msg().page_stale());
            }
        }
        return FormErrors.unprocessable(
                show(code, id, FilledForm.EMPTY, FilledForm.refused(errors, typed), null));
    }

    @GET
    @Path("new")
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed(Roles.MANAGER)
    @Operation(hidden = true)
    public TemplateInstance blank(@PathParam("code") String code) {
        return page.localized(
                Templates.newMilestone(page, centers.require(code), FilledForm.EMPTY));
    }

    @POST
    @Path("new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.MANAGER)
    @Operation(hidden = true)
    public Response add(
            @PathParam("code") String code,
            @RestForm(Csrf.FIELD) String token,
            @RestForm String name,
            @RestForm String baselineDate,
            @RestForm String forecastDate,
            @RestForm String note) {
        CenterView shown = centers.require(code);
        String[] typed = {
            "name", name, "baselineDate", baselineDate, "forecastDate", forecastDate, "note", note
        };
        FormErrors errors = FormErrors.posted(page, token);
        NewMilestone request = new NewMilestone();
        request.kind = MilestoneKind.CUSTOM;
        request.name = FormErrors.blankToNull(name);
        if (request.name == null) {
            errors.add("name", errors.msg().page_form_required());
        }
        request.baselineDate = errors.date("baselineDate", baselineDate, false);
        request.forecastDate = errors.date("forecastDate", forecastDate, false);
        request.note = FormErrors.blankToNull(note);
        errors.violations(validator.validate(request));
        if (!errors.any()) {
            try {
                MilestoneView added = milestones.create(code, request, page.locale());
                return SeeOther.to(
                        UriBuilder.fromPath("/centers/{code}")
                                .queryParam("milestone", added.id())
                                .queryParam("outcome", "saved")
                                .fragment("m" + added.id())
                                .build(code));
            } catch (Refusal e) {
                errors.refused(e);
            }
        }
        return FormErrors.unprocessable(
                page.localized(
                        Templates.newMilestone(page, shown, FilledForm.refused(errors, typed))));
    }

    /** The page again (422) with the milestone's new name and note, saying someone changed it. */
    private Response staleDetails(String code, long id, FormErrors errors) {
        errors.add(FormErrors.FORM, errors.msg().page_stale());
        MilestoneView now = milestones.get(id);
        String[] current = {
            "name", Objects.toString(now.name(), ""),
            "baselineDate", Objects.toString(now.baselineDate(), ""),
            "note", Objects.toString(now.note(), "")
        };
        return FormErrors.unprocessable(
                show(code, id, FilledForm.refused(errors, current), FilledForm.EMPTY, null));
    }

    /** The milestone's page again, saying what was saved, or nothing when nothing changed. */
    private static Response backTo(String code, long id, String outcome) {
        UriBuilder to = UriBuilder.fromPath("/centers/{code}/milestones/{id}");
        if (outcome != null) {
            to.queryParam("outcome", outcome);
        }
        return SeeOther.to(to.build(code, id));
    }

    /** The milestone, if it is one of this center's; else 404, as for none. */
    private MilestoneView milestoneOf(String code, long id) {
        MilestoneView milestone = milestones.get(id);
        if (!milestone.center().equals(code)) {
            throw Refusal.notFound("milestone.notFound", id);
        }
        return milestone;
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.MANAGER)
    @Operation(hidden = true)
    public Response moveMilestone(
            @PathParam("code") String code,
            @PathParam("id") long id,
            @RestForm(Csrf.FIELD) String token,
            @RestForm String forecastDate,
            @RestForm String actualDate,
            @RestForm String clear,
            @RestForm long version) {
        milestoneOf(code, id);
        if (!Csrf.matches(page.csrf(), token)) {
            return refused(code, id, null, page.msg().page_csrf(), forecastDate, actualDate);
        }
        Map<String, Object> fields = new HashMap<>();
        fields.put("version", version);
        dateField(fields, "forecastDate", forecastDate, clear);
        dateField(fields, "actualDate", actualDate, clear);
        try {
            MilestoneView before = milestones.get(id);
            MilestoneView after = milestones.update(id, patches.of(fields), page.locale());
            boolean changed =
                    !Objects.equals(before.forecastDate(), after.forecastDate())
                            || !Objects.equals(before.actualDate(), after.actualDate());
            return SeeOther.to(
                    UriBuilder.fromPath("/centers/{code}")
                            .queryParam("milestone", id)
                            .queryParam("outcome", changed ? "saved" : "unchanged")
                            .fragment("m" + id)
                            .build(code));
        } catch (Refusal e) {
            if (e.reason() == Reason.STALE_VERSION) {
                return stale(code, id);
            }
            String field =
                    e.fieldProblems().isEmpty() ? "forecastDate" : e.fieldProblems().get(0).field();
            return refused(
                    code, id, field, page.msg().page_invalidDate(), forecastDate, actualDate);
        } catch (OptimisticLockException e) {
            return stale(code, id);
        }
    }

    /**
     * A date of the milestone's form as a change: cleared only by its own button ({@code clear}
     * names it); an empty field, which is also what a browser sends for a date typed only in part,
     * leaves the stored date as it is, so nothing saved is lost by a half-typed date.
     */
    private static void dateField(
            Map<String, Object> fields, String field, String typed, String clear) {
        if (field.equals(clear)) {
            fields.put(field, null);
        } else if (FormErrors.blankToNull(typed) != null) {
            fields.put(field, typed.strip());
        }
    }

    /** The page again (422) with the milestone's form as typed and the error by its field. */
    private Response refused(
            String code,
            long id,
            String field,
            String message,
            String forecastDate,
            String actualDate) {
        return FormErrors.unprocessable(
                center.render(
                        code,
                        new CenterPage.Feedback(
                                id,
                                null,
                                null,
                                "refused",
                                field,
                                message,
                                forecastDate == null ? "" : forecastDate,
                                actualDate == null ? "" : actualDate)));
    }

    /** The page again (422) with the milestone's new values, saying someone changed it. */
    private Response stale(String code, long id) {
        return FormErrors.unprocessable(
                center.render(
                        code,
                        new CenterPage.Feedback(id, null, null, "stale", null, null, null, null)));
    }
}
