package org.rehabtrack.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.rehabtrack.budget.CenterBudgetService;
import org.rehabtrack.center.Center;
import org.rehabtrack.center.CenterService;
import org.rehabtrack.center.CenterView;
import org.rehabtrack.center.Phase;
import org.rehabtrack.finding.FindingRepository;
import org.rehabtrack.finding.FindingService;
import org.rehabtrack.finding.FindingView;
import org.rehabtrack.milestone.MilestoneService;
import org.rehabtrack.milestone.MilestoneView;
import org.rehabtrack.system.PageRequest;
import org.rehabtrack.system.Roles;

/**
 * A center's page: its phase, its findings with their photos, and its milestones, each with an
 * inline form for a manager to move the forecast or record the actual date. A saved form sends the
 * browser back to the page (303), which then says so; a form that could not be saved is answered at
 * once with the page (422): changed meanwhile by someone else (with the new values shown), or
 * refused, with the error next to the field and the dates the user typed kept in it.
 */
@Path("/centers/{code}")
@Authenticated
public class CenterPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance center(
                Page page,
                CenterView center,
                List<DashboardRow.Step> steps,
                List<MilestoneView> milestones,
                boolean canEdit,
                boolean siteWork,
                Feedback feedback,
                List<FindingView> findings,
                CenterSections.Sections sections,
                LocalDate today);
    }

    /**
     * What a form posted on this page came to: after a redirect, what was saved (read from the
     * query: which milestone, finding or works package, and the outcome); in the answer to a post
     * that could not be saved, the milestone with the field in error, its message and the dates
     * typed, or the finding and why it could not be verified.
     */
    public record Feedback(
            Long milestone,
            Long finding,
            Long workPackage,
            String outcome,
            String field,
            String message,
            String forecastDate,
            String actualDate) {

        static final Feedback NONE = new Feedback(null, null, null, null, null, null, null, null);

        /** What the center's own forms ({@link CenterForm}, {@link PhaseForm}) came to. */
        private static final java.util.Set<String> CENTER_OUTCOMES =
                java.util.Set.of("created", "edited", "unchanged", "phase");

        /** What a redirect's query says was saved; nothing for any other outcome. */
        static Feedback saved(Long milestone, Long finding, Long workPackage, String outcome) {
            if (milestone != null && ("saved".equals(outcome) || "unchanged".equals(outcome))) {
                return new Feedback(milestone, null, null, outcome, null, null, null, null);
            }
            if (finding != null
                    && (FindingOutcome.logged.name().equals(outcome)
                            || FindingOutcome.verified.name().equals(outcome))) {
                return new Feedback(null, finding, null, outcome, null, null, null, null);
            }
            if (workPackage != null && "progress".equals(outcome)) {
                return new Feedback(null, null, workPackage, outcome, null, null, null, null);
            }
            Feedback center = new Feedback(null, null, null, outcome, null, null, null, null);
            return milestone == null
                            && finding == null
                            && workPackage == null
                            && center.aboutCenter()
                    ? center
                    : NONE;
        }

        static Feedback finding(long id, FindingOutcome outcome) {
            return new Feedback(null, id, null, outcome.name(), null, null, null, null);
        }

        public boolean about(long id) {
            return milestone != null && milestone == id;
        }

        public boolean aboutFinding(long id) {
            return finding != null && finding == id;
        }

        /** Whether the center itself was saved: created, edited, left unchanged or moved. */
        public boolean aboutCenter() {
            return milestone == null
                    && finding == null
                    && workPackage == null
                    && outcome != null
                    && CENTER_OUTCOMES.contains(outcome);
        }

        public boolean aboutPackage(long id) {
            return workPackage != null && workPackage == id;
        }

        /** What a finding's form came to, to be said in the page's language. */
        public FindingOutcome findingOutcome() {
            return FindingOutcome.of(outcome);
        }
    }

    private final Page page;
    private final VisibleCenters centers;

    /**
     * Milestones in the order they happen: by the date reached, else expected, else planned;
     * undated ones last, in the order they were created.
     */
    static final Comparator<MilestoneView> BY_DATE =
            Comparator.comparing(
                            (MilestoneView m) ->
                                    m.actualDate() != null
                                            ? m.actualDate()
                                            : m.forecastDate() != null
                                                    ? m.forecastDate()
                                                    : m.baselineDate(),
                            Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparingLong(MilestoneView::id);

    private final MilestoneService milestones;
    private final FindingService findings;
    private final CenterSections sections;
    private final KeptCenterPages kept;
    private final CenterService centerService;

    CenterPage(
            Page page,
            VisibleCenters centers,
            MilestoneService milestones,
            FindingService findings,
            CenterSections sections,
            KeptCenterPages kept,
            CenterService centerService) {
        this.centerService = centerService;
        this.page = page;
        this.centers = centers;
        this.milestones = milestones;
        this.findings = findings;
        this.sections = sections;
        this.kept = kept;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public TemplateInstance show(
            @PathParam("code") String code,
            @QueryParam("milestone") Long milestone,
            @QueryParam("finding") Long finding,
            @QueryParam("package") Long workPackage,
            @QueryParam("outcome") String outcome) {
        return render(code, Feedback.saved(milestone, finding, workPackage, outcome));
    }

    /**
     * What the page shows of a center for one reader in one language, whatever form was posted: the
     * center with its phases, its milestones in date order, its findings and the sections below
     * them, worked out for a day.
     */
    record Shown(
            CenterView center,
            List<DashboardRow.Step> steps,
            List<MilestoneView> milestones,
            List<FindingView> findings,
            CenterSections.Sections sections,
            LocalDate today) {}

    /** The page, saying what a form posted on it came to. */
    TemplateInstance render(String code, Feedback feedback) {
        Center entity = centers.entity(code);
        Shown shown = kept.of(entity, page.locale(), today -> shown(entity, today));
        return page.localized(
                Templates.center(
                        page,
                        shown.center(),
                        shown.steps(),
                        shown.milestones(),
                        Roles.MANAGER.equals(page.role()),
                        page.siteWork(),
                        feedback,
                        shown.findings(),
                        shown.sections(),
                        shown.today()));
    }

    private Shown shown(Center entity, LocalDate today) {
        String code = entity.getCode();
        PageRequest all = new PageRequest();
        all.size = PageRequest.MAX_SIZE;
        List<FindingView> centerFindings =
                findings.listForCenter(code, new FindingRepository.Filter(null, null, null), all)
                        .items();
        List<MilestoneView> centerMilestones =
                milestones.listForCenter(code).stream().sorted(BY_DATE).toList();
        CenterSections.Sections sections =
                this.sections.of(entity, today, page, centerMilestones, centerFindings);
        CenterView center =
                CenterView.of(
                        entity,
                        CenterBudgetService.headline(
                                java.util.Optional.ofNullable(sections.budget())));
        Map<Phase, LocalDate> entered = new EnumMap<>(Phase.class);
        centerService
                .phaseChanges(code)
                .forEach(change -> entered.put(change.toPhase(), change.date()));
        entered.putIfAbsent(center.phase(), center.phaseSince());
        return new Shown(
                center,
                DashboardRow.steps(center.phase(), entered),
                centerMilestones,
                centerFindings,
                sections,
                today);
    }
}
