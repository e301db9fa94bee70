package org.rehabtrack.iati;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.rehabtrack.center.Center;
import org.rehabtrack.center.MilestoneKind;
import org.rehabtrack.center.Phase;
import org.rehabtrack.center.PhaseChangeRepository;
import org.rehabtrack.funding.BudgetAllocationRepository;
import org.rehabtrack.funding.FundingSource;
import org.rehabtrack.milestone.MilestonePlans;
import org.rehabtrack.milestone.MilestoneSchedule;
import org.rehabtrack.milestone.PlannedMilestone;
import org.rehabtrack.partner.Partner;
import org.rehabtrack.security.VisibilityScope;
import org.rehabtrack.system.AsOf;
import org.rehabtrack.system.Bilingual;
import org.rehabtrack.system.RehabtrackConfig;
import org.rehabtrack.system.persistence.CenterIds;
import org.rehabtrack.works.WorkPackageView;
import org.rehabtrack.works.WorkPackagesAsOf;

/**
 * The programme as IATI activities, as the records stood at a date: the programme (hierarchy 1) and
 * each center's rehabilitation (hierarchy 2), linked both ways. A center's rehabilitation starts
 * with its evaluation and ends with its inauguration; its status follows its phase.
 */
@ApplicationScoped
public class IatiActivities {

    /** IATI's ActivityDateType codes. */
    private static final int PLANNED_START = 1;

    private static final int ACTUAL_START = 2;
    private static final int PLANNED_END = 3;
    private static final int ACTUAL_END = 4;

    /** IATI's OrganisationRole codes. */
    private static final int FUNDING = 1;

    private static final int ACCOUNTABLE = 2;

    private static final int IMPLEMENTING = 4;

    private final RehabtrackConfig.Iati config;
    private final ZoneId zone;
    private final IatiOrganisation reporter;
    private final String programme;
    private final PhaseChangeRepository phases;
    private final MilestonePlans milestones;
    private final BudgetAllocationRepository allocations;
    private final IatiMoney money;
    private final IatiResults results;
    private final IatiDocuments documents;
    private final WorkPackagesAsOf packages;

    IatiActivities(
            RehabtrackConfig config,
            PhaseChangeRepository phases,
            MilestonePlans milestones,
            BudgetAllocationRepository allocations,
            IatiMoney money,
            IatiResults results,
            IatiDocuments documents,
            WorkPackagesAsOf packages) {
        this.documents = documents;
        this.packages = packages;
        this.allocations = allocations;
        this.money = money;
        this.results = results;
        this.config = config.iati();
        this.zone = config.timeZone();
        this.reporter =
                new IatiOrganisation(
                        this.config.reportingOrgRef(),
                        this.config.reportingOrgType(),
                        Bilingual.of("iati.reportingOrg"));
        this.programme = this.config.reportingOrgRef() + "-" + this.config.programme();
        this.phases = phases;
        this.milestones = milestones;
    }

    /** The organisation that reports the activities, and implements them. */
    public IatiOrganisation reporter() {
        return reporter;
    }

    /** The programme's activity identifier. */
    public String programme() {
        return programme;
    }

    /**
     * The programme and each of these centers, as their records stood at the date, as the reader
     * sees them (a donor is told of no other donor); of one funding source's money only, when its
     * code is given, else of all; their documents linked at the application's address ({@code
     * base}; none without one).
     */
    public List<IatiActivity> of(
            List<Center> centers,
            AsOf asOf,
            VisibilityScope reader,
            String fundingSource,
            java.net.URI base) {
        List<Center> ordered =
                centers.stream().sorted(Comparator.comparing(Center::getCode)).toList();
        CenterIds ids = CenterIds.of(ordered.stream().map(Center::getId).toList());
        Map<Long, Phase> phaseOn = phases.phasesOn(ids, asOf.date());
        Map<Long, List<PlannedMilestone>> plans = milestones.of(ids, asOf);
        Map<Long, List<FundingSource>> grants = allocations.grantsOf(ids);
        // The contracts in force at the date, read once: commitments and document links both.
        List<WorkPackageView> contracts =
                packages.of(ordered, asOf).stream()
                        .filter(p -> p.contractAmount() != null && p.status().counts())
                        .toList();
        Map<Long, IatiMoney.Money> moneyOf =
                money.of(ordered, contracts, asOf, reader, fundingSource, parties(ordered, grants));
        List<IatiActivity> children = new ArrayList<>();
        for (Center center : ordered) {
            children.add(
                    center(
                            center,
                            Objects.requireNonNullElse(
                                    phaseOn.get(center.getId()), center.getPhase()),
                            plans.getOrDefault(center.getId(), List.of()),
                            funders(
                                    grants.getOrDefault(center.getId(), List.of()),
                                    reader,
                                    fundingSource),
                            moneyOf.getOrDefault(center.getId(), IatiMoney.Money.NONE)));
        }
        children = withResults(children, ordered, ids, asOf);
        Map<Long, List<IatiActivity.Document>> linked =
                documents.of(ordered, contracts, ids, asOf, base, Bilingual::of);
        for (int i = 0; i < ordered.size(); i++) {
            List<IatiActivity.Document> list = linked.get(ordered.get(i).getId());
            if (list != null) {
                children.set(i, children.get(i).with(list, children.get(i).results()));
            }
        }
        List<IatiActivity> activities = new ArrayList<>();
        activities.add(programme(children, asOf.date()));
        activities.addAll(children);
        return activities;
    }

    private IatiActivity programme(List<IatiActivity> centers, LocalDate asOf) {
        return new IatiActivity(
                programme(),
                1,
                Bilingual.of("iati.programme.title"),
                Bilingual.of("iati.programme.description"),
                List.of(new IatiActivity.Participant(reporter(), IMPLEMENTING)),
                programmeStatus(centers),
                programmeDates(centers, asOf),
                "HN",
                List.of(),
                config.sector(),
                List.of(),
                List.of(),
                List.of(),
                centers.stream().map(c -> new IatiActivity.Related(2, c.identifier())).toList(),
                List.of());
    }

    /**
     * The donors of the grants the reader sees in full (of the one asked for, if any), each once,
     * in the order of their grants.
     */
    private static List<Partner> funders(
            List<FundingSource> grants, VisibilityScope reader, String fundingSource) {
        Map<Long, Partner> donors = new LinkedHashMap<>();
        for (FundingSource grant : grants) {
            if (reader.showsGrant(grant.getId())
                    && (fundingSource == null || fundingSource.equals(grant.getCode()))) {
                donors.putIfAbsent(grant.getDonor().getId(), grant.getDonor());
            }
        }
        return List.copyOf(donors.values());
    }

    /** The centers' activities with the results of their evaluations, ending when planned to. */
    private List<IatiActivity> withResults(
            List<IatiActivity> activities, List<Center> centers, CenterIds ids, AsOf asOf) {
        Map<Long, LocalDate> plannedEnds = new HashMap<>();
        for (int i = 0; i < centers.size(); i++) {
            long center = centers.get(i).getId();
            activities.get(i).dates().stream()
                    .filter(d -> d.type() == PLANNED_END)
                    .findFirst()
                    .ifPresent(d -> plannedEnds.put(center, d.date()));
        }
        Map<Long, IatiActivity.Result> resultOf = results.of(ids, asOf, plannedEnds, Bilingual::of);
        List<IatiActivity> with = new ArrayList<>();
        for (int i = 0; i < centers.size(); i++) {
            IatiActivity.Result result = resultOf.get(centers.get(i).getId());
            IatiActivity activity = activities.get(i);
            with.add(
                    result == null
                            ? activity
                            : activity.with(activity.documents(), List.of(result)));
        }
        return with;
    }

    /** The organisations and activities the centers' money moves between. */
    private IatiMoney.Parties parties(List<Center> centers, Map<Long, List<FundingSource>> grants) {
        Map<String, IatiOrganisation> donors = new HashMap<>();
        grants.values()
                .forEach(
                        list ->
                                list.forEach(
                                        g ->
                                                donors.putIfAbsent(
                                                        g.getCode(), organisation(g.getDonor()))));
        Map<Long, String> activities = new HashMap<>();
        centers.forEach(c -> activities.put(c.getId(), identifier(c)));
        return new IatiMoney.Parties() {
            @Override
            public IatiOrganisation implementer() {
                return reporter;
            }

            @Override
            public IatiOrganisation donorOf(String grant) {
                return donors.get(grant);
            }

            @Override
            public IatiOrganisation contractor(String name) {
                return name == null
                        ? null
                        : new IatiOrganisation(null, "70", new Bilingual(name, name));
            }

            @Override
            public String activityOf(long center) {
                return activities.get(center);
            }

            @Override
            public Bilingual text(String key, Object... args) {
                return Bilingual.of(key, args);
            }
        };
    }

    private String identifier(Center center) {
        return programme() + "-" + center.getCode();
    }

    private IatiActivity center(
            Center center,
            Phase phase,
            List<PlannedMilestone> plan,
            List<Partner> funders,
            IatiMoney.Money funds) {
        Object[] about = {
            center.getName(),
            center.getType().name(),
            center.getMunicipality(),
            center.getDepartment()
        };
        List<IatiActivity.Participant> participants = new ArrayList<>();
        for (Partner donor : funders) {
            participants.add(new IatiActivity.Participant(organisation(donor), FUNDING));
        }
        participants.add(new IatiActivity.Participant(reporter(), IMPLEMENTING));
        Partner institution = center.getAdministeringInstitution();
        if (institution != null) {
            participants.add(new IatiActivity.Participant(organisation(institution), ACCOUNTABLE));
        }
        return new IatiActivity(
                identifier(center),
                2,
                Bilingual.of("iati.center.title", about),
                Bilingual.of("iati.center.description", about),
                participants,
                status(phase),
                dates(plan, LocalDate.ofInstant(center.getCreatedAt(), zone)),
                "HN",
                List.of(
                        new IatiActivity.Place(
                                center.getCode(),
                                new Bilingual(center.getName(), center.getName()),
                                Bilingual.of("iati.center.place", about),
                                center.getLatitude(),
                                center.getLongitude())),
                config.sector(),
                funds.budgets(),
                funds.transactions(),
                List.of(),
                List.of(new IatiActivity.Related(1, programme())),
                List.of());
    }

    /**
     * IATI's ActivityStatus of a phase: 1 pipeline until the works, 2 implementation during them, 3
     * finalisation up to the inauguration, 4 closed.
     */
    static int status(Phase phase) {
        return switch (phase) {
            case EVALUATION, PARTNERSHIP, PRELIMINARY_PROJECT -> 1;
            case WORKS -> 2;
            case INAUGURATION -> 3;
            case COMPLETED -> 4;
        };
    }

    /**
     * Planned start and end (the evaluation's and the inauguration's due dates), and the actual
     * ones where recorded by the date. With no evaluation date planned yet, the rehabilitation is
     * planned to start on the day the center was registered: IATI asks every activity for a date.
     */
    private static List<IatiActivity.Dated> dates(
            List<PlannedMilestone> plan, LocalDate registered) {
        List<IatiActivity.Dated> dates = new ArrayList<>();
        MilestoneSchedule start = schedule(plan, MilestoneKind.EVALUATION_COMPLETED);
        MilestoneSchedule end = schedule(plan, MilestoneKind.INAUGURATION);
        dates.add(
                new IatiActivity.Dated(
                        PLANNED_START,
                        start != null && start.due() != null ? start.due() : registered));
        if (start != null && start.actual() != null) {
            dates.add(new IatiActivity.Dated(ACTUAL_START, start.actual()));
        }
        if (end != null && end.due() != null) {
            dates.add(new IatiActivity.Dated(PLANNED_END, end.due()));
        }
        if (end != null && end.actual() != null) {
            dates.add(new IatiActivity.Dated(ACTUAL_END, end.actual()));
        }
        return dates;
    }

    private static MilestoneSchedule schedule(List<PlannedMilestone> plan, MilestoneKind kind) {
        return plan.stream()
                .filter(m -> m.kind() == kind)
                .map(PlannedMilestone::schedule)
                .findFirst()
                .orElse(null);
    }

    /** The programme runs while any center does: closed when all are. */
    private static int programmeStatus(List<IatiActivity> centers) {
        if (centers.isEmpty()) {
            return 1;
        }
        int least = centers.stream().mapToInt(IatiActivity::status).min().orElse(1);
        int most = centers.stream().mapToInt(IatiActivity::status).max().orElse(1);
        return least == 4 ? 4 : Math.max(Math.min(most, 2), least);
    }

    /**
     * The earliest start and the latest end of its centers, of each kind; with no center, planned
     * to start on the date of the document.
     */
    private static List<IatiActivity.Dated> programmeDates(
            List<IatiActivity> centers, LocalDate asOf) {
        if (centers.isEmpty()) {
            return List.of(new IatiActivity.Dated(PLANNED_START, asOf));
        }
        List<IatiActivity.Dated> dates = new ArrayList<>();
        for (int type : new int[] {PLANNED_START, ACTUAL_START, PLANNED_END, ACTUAL_END}) {
            boolean start = type == PLANNED_START || type == ACTUAL_START;
            centers.stream()
                    .flatMap(c -> c.dates().stream())
                    .filter(d -> d.type() == type)
                    .map(IatiActivity.Dated::date)
                    .reduce((a, b) -> start ? min(a, b) : max(a, b))
                    .ifPresent(date -> dates.add(new IatiActivity.Dated(type, date)));
        }
        return dates;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    /** A partner as IATI names it: by name (it has no IATI identifier here), and its type. */
    private static IatiOrganisation organisation(Partner partner) {
        return new IatiOrganisation(
                null,
                organisationType(partner),
                new Bilingual(partner.getName(), partner.getName()));
    }

    /**
     * IATI's OrganisationType of a partner: 10 government, 40 multilateral, 22 NGO, 70 private
     * sector; none for a donor, which may be any of them.
     */
    private static String organisationType(Partner partner) {
        return switch (partner.getKind()) {
            case STATE, MUNICIPALITY -> "10";
            case UN_AGENCY -> "40";
            case NGO -> "22";
            case DONOR -> null;
            case CONTRACTOR -> "70";
        };
    }
}
