package org.rehabtrack.milestone;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.rehabtrack.center.Center;
import org.rehabtrack.center.CenterRegistered;
import org.rehabtrack.center.CenterRepository;
import org.rehabtrack.center.MilestoneKind;
import org.rehabtrack.system.Patch;
import org.rehabtrack.system.Refusal;
import org.rehabtrack.system.Refusal.Reason;
import org.rehabtrack.system.problem.Messages;

/** Milestones of the centers: their plan, their dates and the rules on changing them. */
@ApplicationScoped
public class MilestoneService {

    /** Standard milestones in the order of the phases, then custom ones by due date. */
    static final Comparator<Milestone> PLAN_ORDER =
            Comparator.comparing((Milestone m) -> m.getKind().isStandard() ? 0 : 1)
                    .thenComparing(m -> m.getKind().isStandard() ? m.getKind().ordinal() : 0)
                    .thenComparing(
                            m -> m.schedule().due(),
                            Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(Milestone::getId);

    private final MilestoneRepository milestones;
    private final MilestoneRebaselineRepository rebaselines;
    private final CenterRepository centers;
    private final Clock clock;

    MilestoneService(
            MilestoneRepository milestones,
            MilestoneRebaselineRepository rebaselines,
            CenterRepository centers,
            Clock clock) {
        this.milestones = milestones;
        this.rebaselines = rebaselines;
        this.centers = centers;
        this.clock = clock;
    }

    public List<MilestoneView> listForCenter(String centerCode) {
        Center center = center(centerCode);
        LocalDate today = today();
        return milestones.forCenter(center).stream()
                .sorted(PLAN_ORDER)
                .map(m -> MilestoneView.of(m, today))
                .toList();
    }

    public MilestoneView get(long id) {
        return MilestoneView.of(milestone(id), today());
    }

    @Transactional
    public MilestoneView create(String centerCode, NewMilestone request, Locale locale) {
        Center center = center(centerCode);
        if (request.kind.isStandard() && milestones.hasStandard(center, request.kind)) {
            throw Refusal.conflict(
                    Reason.DUPLICATE, "milestone.duplicateKind", center.getCode(), request.kind);
        }
        request.name = nameOrDefault(request.name, request.kind, locale);
        Milestone milestone = new Milestone(center, request.kind, request.name);
        milestone.update(request, today());
        milestones.persistAndFlush(milestone);
        return MilestoneView.of(milestone, today());
    }

    /**
     * Records that a center reached a standard milestone on {@code date}: what follows a signed
     * agreement, an approved preliminary project or a move of the works.
     */
    @Transactional
    public void reachStandard(Center center, MilestoneKind kind, LocalDate date) {
        milestones.findStandard(center, kind).ifPresent(m -> m.reach(date, today()));
    }

    /** A center registered gets its standard milestones, in the registering transaction. */
    void onCenterRegistered(@Observes CenterRegistered registered) {
        planStandardMilestones(registered.center(), registered.locale());
    }

    /** Adds one empty milestone of each standard kind to a new center. */
    @Transactional
    public void planStandardMilestones(Center center, Locale locale) {
        Arrays.stream(MilestoneKind.values())
                .filter(MilestoneKind::isStandard)
                .forEach(
                        kind ->
                                milestones.persist(
                                        new Milestone(center, kind, label(kind, locale))));
    }

    @Transactional
    public MilestoneView update(long id, Patch body, Locale locale) {
        Milestone milestone = milestone(id);
        MilestonePatch patch = body.over(MilestonePatch.of(milestone));
        milestone.checkVersion(patch.version);
        patch.name = nameOrDefault(patch.name, milestone.getKind(), locale);
        milestone.update(patch, today());
        milestones.flush();
        return MilestoneView.of(milestone, today());
    }

    @Transactional
    public RebaselineView rebaseline(long id, NewRebaseline request) {
        Milestone milestone = milestone(id);
        milestone.checkVersion(request.version);
        MilestoneRebaseline record = milestone.rebaseline(request.baselineDate, request.reason);
        rebaselines.persist(record);
        milestones.flush();
        return RebaselineView.of(record);
    }

    public List<RebaselineView> rebaselines(long id) {
        return rebaselines.history(milestone(id)).stream().map(RebaselineView::of).toList();
    }

    public RebaselineView rebaseline(long milestoneId, long rebaselineId) {
        Milestone milestone = milestone(milestoneId);
        return rebaselines
                .find("id = ?1 and milestone = ?2", rebaselineId, milestone)
                .firstResultOptional()
                .map(RebaselineView::of)
                .orElseThrow(() -> Refusal.notFound("milestone.rebaselineNotFound", rebaselineId));
    }

    private static String nameOrDefault(String name, MilestoneKind kind, Locale locale) {
        if (name != null && !name.isBlank()) {
            return name;
        }
        if (!kind.isStandard()) {
            throw Refusal.invalidField("name", "milestone.customNeedsName");
        }
        return label(kind, locale);
    }

    private static String label(MilestoneKind kind, Locale locale) {
        return Messages.get(locale, kind.labelKey());
    }

    private Center center(String code) {
        return centers.require(code);
    }

    private Milestone milestone(long id) {
        return milestones
                .findWithCenter(id)
                .orElseThrow(() -> Refusal.notFound("milestone.notFound", id));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
