package org.rehabtrack.center;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rehabtrack.partner.Partner;
import org.rehabtrack.partner.PartnerRepository;
import org.rehabtrack.security.VisibilityScope;
import org.rehabtrack.system.FactDate;
import org.rehabtrack.system.PageRequest;
import org.rehabtrack.system.Paged;
import org.rehabtrack.system.Patch;
import org.rehabtrack.system.Refusal;
import org.rehabtrack.system.Refusal.Reason;

/** Reception centers: registering them, describing them, and moving them through the phases. */
@ApplicationScoped
public class CenterService {

    private final CenterRepository centers;
    private final PhaseChangeRepository phaseChanges;
    private final PartnerRepository partners;
    private final ReachedGates reachedGates;
    private final Event<CenterRegistered> registered;
    private final CenterFigures headlines;
    private final KeptCenterViews keptViews;
    private final Clock clock;

    CenterService(
            CenterRepository centers,
            PhaseChangeRepository phaseChanges,
            PartnerRepository partners,
            ReachedGates reachedGates,
            Event<CenterRegistered> registered,
            CenterFigures headlines,
            KeptCenterViews keptViews,
            Clock clock) {
        this.centers = centers;
        this.phaseChanges = phaseChanges;
        this.partners = partners;
        this.reachedGates = reachedGates;
        this.registered = registered;
        this.headlines = headlines;
        this.keptViews = keptViews;
        this.clock = clock;
    }

    /**
     * One page of the centers, optionally in one phase and among the ids {@code only} (all when
     * empty).
     */
    public Paged<CenterView> list(Phase phase, Optional<Set<Long>> only, PageRequest page) {
        LocalDate today = LocalDate.now(clock);
        String rates = headlines.ratesStamp();
        List<CenterStamp> shown = centers.pageStamps(phase, only, page.index(), page.size);
        List<CenterView> items = keptViews.of(shown, rates, today, this::views);
        return new Paged<>(items, centers.count(phase, only), page);
    }

    /** The views of the centers with these ids, by id. */
    private Map<Long, CenterView> views(Collection<Long> ids) {
        List<Center> read = centers.withInstitutions(ids);
        var figures = headlines.of(read);
        Map<Long, CenterView> views = new HashMap<>();
        for (Center center : read) {
            views.put(center.getId(), CenterView.of(center, figures.get(center.getId())));
        }
        return views;
    }

    public Optional<CenterView> find(String code) {
        return centers.findByCode(code).map(this::view);
    }

    /** Registers a center with its standard milestones, not yet dated. */
    @Transactional
    public CenterView create(NewCenter request, Locale locale) {
        if (centers.findByCode(request.code).isPresent()) {
            throw Refusal.conflict(Reason.DUPLICATE, "center.duplicate", request.code);
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate since = request.phaseSince == null ? today : request.phaseSince;
        FactDate.notAfterToday("phaseSince", since, today);
        Phase phase = request.phase == null ? Phase.EVALUATION : request.phase;
        Center center = new Center(request.code, phase, since, false);
        center.describe(request, institution(request.administeringInstitution));
        centers.persist(center);
        phaseChanges.persist(PhaseChange.registration(center, null));
        registered.fire(new CenterRegistered(center, locale));
        centers.flush();
        return view(center);
    }

    @Transactional
    public CenterView update(String code, Patch body) {
        Center center = center(code);
        CenterPatch patch = body.over(CenterPatch.of(center));
        center.checkVersion(patch.version);
        if (patch.phase == null) {
            throw Refusal.invalidField("phase", "error.required");
        }
        center.describe(patch, institution(patch.administeringInstitution));
        if (patch.phase != center.getPhase()) {
            LocalDate today = LocalDate.now(clock);
            LocalDate date = patch.phaseChangeDate == null ? today : patch.phaseChangeDate;
            phaseChanges.persist(
                    center.changePhase(
                            patch.phase,
                            date,
                            patch.phaseChangeReason,
                            reachedGates.of(center),
                            today));
        }
        centers.flush();
        return view(center);
    }

    public List<PhaseChangeView> phaseChanges(String code) {
        return phaseChanges.history(center(code)).stream().map(PhaseChangeView::of).toList();
    }

    private CenterView view(Center center) {
        return CenterView.of(center, headlines.of(List.of(center)).get(center.getId()));
    }

    private Center center(String code) {
        return centers.require(code);
    }

    /**
     * What shows whether each center changed, for every center or those among some ids (a reader's,
     * {@code VisibilityScope.centerIds()}); in no order.
     */
    public List<CenterStamp> stamps(Optional<Set<Long>> only) {
        return centers.stamps(only);
    }

    /**
     * Says, within the caller's transaction, that a record of the center changed which the audit
     * trail does not record (a finding's photo): what is kept of the center is worked out again.
     */
    public void recordsChanged(long centerId) {
        centers.raiseDataVersion(centerId);
    }

    /** The centers with these ids, their institutions read with them; in no order. */
    public List<Center> withIds(Collection<Long> ids) {
        return centers.withInstitutions(ids);
    }

    /** The centers the reader may see, by code. */
    public List<Center> seenBy(VisibilityScope scope) {
        return centers.list("order by code").stream()
                .filter(c -> scope.seesCenter(c.getId()))
                .toList();
    }

    /** The center of this code if the reader may see it; 404 as for none otherwise. */
    public Center require(String code, VisibilityScope scope) {
        return centers.findByCode(code)
                .filter(c -> scope.seesCenter(c.getId()))
                .orElseThrow(() -> Refusal.notFound("center.notFound", code));
    }

    /** The center of this code, for another feature's service or report; 404 when none. */
    public Center require(String code) {
        return centers.require(code);
    }

    private Partner institution(String acronym) {
        if (acronym == null || acronym.isBlank()) {
            return null;
        }
        return partners.findByAcronym(acronym)
                .orElseThrow(
                        () ->
                                Refusal.invalidField(
                                        "administeringInstitution", "partner.unknown", acronym));
    }
}
