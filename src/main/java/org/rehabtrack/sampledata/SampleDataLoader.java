package org.rehabtrack.sampledata;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.rehabtrack.center.Center;
import org.rehabtrack.center.CenterRepository;
import org.rehabtrack.center.NewCenter;
import org.rehabtrack.center.Phase;
import org.rehabtrack.center.PhaseChange;
import org.rehabtrack.center.PhaseChangeRepository;
import org.rehabtrack.evaluation.Evaluation;
import org.rehabtrack.evaluation.EvaluationRepository;
import org.rehabtrack.finding.Finding;
import org.rehabtrack.finding.FindingRepository;
import org.rehabtrack.finding.FindingStatus;
import org.rehabtrack.finding.FindingTransition;
import org.rehabtrack.finding.FindingTransitionRepository;
import org.rehabtrack.funding.ExchangeRateService;
import org.rehabtrack.funding.FundingService;
import org.rehabtrack.funding.NewAllocation;
import org.rehabtrack.funding.NewExchangeRate;
import org.rehabtrack.milestone.Milestone;
import org.rehabtrack.milestone.MilestoneRepository;
import org.rehabtrack.partner.Partner;
import org.rehabtrack.partner.PartnerFields;
import org.rehabtrack.partner.PartnerRepository;
import org.rehabtrack.partnership.AgreementService;
import org.rehabtrack.preliminary.PreliminaryProjectService;
import org.rehabtrack.security.DemoAccounts;
import org.rehabtrack.system.RehabtrackConfig;
import org.rehabtrack.works.ChangeOrderDecision;
import org.rehabtrack.works.ChangeOrderStatus;
import org.rehabtrack.works.ExpenditureRequest;
import org.rehabtrack.works.ExpenditureService;
import org.rehabtrack.works.ProgressRequest;
import org.rehabtrack.works.WorkPackageService;

/**
 * Loads the illustrative sample data of {@code sample-data/} into an empty database, once. A marker
 * row, written in the same transaction, keeps it from ever being loaded again, even by two
 * instances starting together: the second one's marker insert fails and it loads nothing.
 */
@ApplicationScoped
public class SampleDataLoader {

    private static final Logger LOG = Logger.getLogger(SampleDataLoader.class);
    static final String DESCRIPTION =
            "Illustrative sample data: real center names; capacities, costs and dates are not real.";
    static final String REGISTRATION_REASON = "Loaded from the illustrative sample data";

    /** Who the histories say recorded the sample. */
    static final String ACTOR = "sample-data";

    private final RehabtrackConfig config;
    private final EntityManager em;
    private final PartnerRepository partners;
    private final CenterRepository centers;
    private final PhaseChangeRepository phaseChanges;
    private final MilestoneRepository milestones;
    private final EvaluationRepository evaluations;
    private final FindingRepository findings;
    private final FindingTransitionRepository transitions;
    private final AgreementService agreements;
    private final PreliminaryProjectService projects;
    private final ExchangeRateService exchangeRates;
    private final FundingService funding;
    private final WorkPackageService workPackages;
    private final DemoAccounts demoAccounts;
    private final ExpenditureService expenditures;
    private final Validator validator;
    private final ObjectMapper json;
    private final Clock clock;

    /** Just before the load began: the audit entries recorded since are the sample's own. */
    private Instant claimedAt;

    SampleDataLoader(
            RehabtrackConfig config,
            EntityManager em,
            PartnerRepository partners,
            CenterRepository centers,
            PhaseChangeRepository phaseChanges,
            MilestoneRepository milestones,
            EvaluationRepository evaluations,
            FindingRepository findings,
            FindingTransitionRepository transitions,
            AgreementService agreements,
            PreliminaryProjectService projects,
            ExchangeRateService exchangeRates,
            FundingService funding,
            WorkPackageService workPackages,
            ExpenditureService expenditures,
            DemoAccounts demoAccounts,
            Validator validator,
            ObjectMapper json,
            Clock clock) {
        this.config = config;
        this.em = em;
        this.partners = partners;
        this.centers = centers;
        this.phaseChanges = phaseChanges;
        this.milestones = milestones;
        this.evaluations = evaluations;
        this.findings = findings;
        this.transitions = transitions;
        this.agreements = agreements;
        this.projects = projects;
        this.exchangeRates = exchangeRates;
        this.funding = funding;
        this.workPackages = workPackages;
        this.expenditures = expenditures;
        this.demoAccounts = demoAccounts;
        this.validator = validator;
        this.json = json;
        this.clock = clock;
    }

    void onStart(@Observes StartupEvent event) {
        Optional<String> synthetic = config.synthetic().size();
        if (synthetic.isPresent()) {
            SyntheticGenerator.missing(synthetic.get(), SyntheticGenerator.inThisBuild())
                    .ifPresentOrElse(
                            LOG::warn,
                            () ->
                                    LOG.info(
                                            "Sample data not loaded: a synthetic portfolio is configured (rehabtrack.synthetic.size)"));
        } else if (config.sampleData().load()) {
            loadIfEmpty();
        } else {
            LOG.info("Sample data not loaded: rehabtrack.sample-data.load is false");
        }
    }

    /**
     * Loads the sample data unless it was loaded before or the database already holds centers. Two
     * instances starting at once on one database both try to claim the load: the second one's claim
     * waits for the first one's transaction and then fails on its key, and it loads nothing.
     */
    public boolean loadIfEmpty() {
        try {
            return claimAndLoad();
        } catch (RuntimeException e) {
            if (QuarkusTransaction.requiringNew().call(this::loadedAt).isPresent()) {
                LOG.info("Sample data loaded meanwhile by another instance; not loaded again");
                return false;
            }
            throw e;
        }
    }

    private boolean claimAndLoad() {
        return QuarkusTransaction.requiringNew()
                .call(
                        () -> {
                            Optional<Instant> loadedAt = loadedAt();
                            if (loadedAt.isPresent()) {
                                LOG.infof(
                                        "Sample data already loaded on %s; not loaded again",
                                        loadedAt.get());
                                return false;
                            }
                            if (centers.count() > 0) {
                                LOG.info(
                                        "Sample data not loaded: the database already holds centers");
                                return false;
                            }
                            claim();
                            load();
                            return true;
                        });
    }

    public Optional<Instant> loadedAt() {
        List<?> rows =
                em.createNativeQuery("select loaded_at from sample_data_load where id = 1")
                        .getResultList();
        return rows.stream().findFirst().map(SampleDataLoader::toInstant);
    }

    private void claim() {
        claimedAt = Instant.now(clock).minusSeconds(1);
        em.createNativeQuery(
                        "insert into sample_data_load (id, loaded_at, description) values (1, ?1, ?2)")
                .setParameter(1, Instant.now(clock))
                .setParameter(2, DESCRIPTION)
                .executeUpdate();
    }

    private void load() {
        SampleFiles files = new SampleFiles(validator);
        Map<String, Partner> partnerByAcronym = new HashMap<>();
        for (PartnerFields p : files.read("partners.csv", PartnerFields.class)) {
            Partner partner = new Partner(p.acronym, p.name, p.kind, p.contact, true);
            partners.persist(partner);
            partnerByAcronym.put(partner.getAcronym(), partner);
        }
        LocalDate today = LocalDate.now(clock);
        Map<String, List<SamplePhase>> earlierPhases = new HashMap<>();
        for (SamplePhase p : files.read("phase-history.csv", SamplePhase.class)) {
            earlierPhases.computeIfAbsent(p.center, c -> new java.util.ArrayList<>()).add(p);
        }
        Map<String, Center> centerByCode = new HashMap<>();
        for (NewCenter c : files.read("centers.csv", NewCenter.class)) {
            Center center =
                    new Center(c.code, c.phase, c.phaseSince == null ? today : c.phaseSince, true);
            center.describe(c, lookup(partnerByAcronym, c.administeringInstitution, "centers.csv"));
            centers.persist(center);
            Phase previous = null;
            for (SamplePhase earlier : earlierPhases.getOrDefault(center.getCode(), List.of())) {
                phaseChanges.persist(
                        PhaseChange.imported(
                                center,
                                previous,
                                earlier.phase,
                                earlier.since,
                                REGISTRATION_REASON));
                previous = earlier.phase;
            }
            phaseChanges.persist(
                    PhaseChange.imported(
                            center,
                            previous,
                            center.getPhase(),
                            center.getPhaseSince(),
                            REGISTRATION_REASON));
            centerByCode.put(center.getCode(), center);
        }
        for (String code : earlierPhases.keySet()) {
            lookup(centerByCode, code, "phase-history.csv");
        }
        List<SampleMilestone> rows = files.read("milestones.csv", SampleMilestone.class);
        for (SampleMilestone m : rows) {
            Milestone milestone =
                    new Milestone(lookup(centerByCode, m.center, "milestones.csv"), m.kind, m.name);
            milestone.update(m, today);
            milestones.persist(milestone);
        }
        int findingCount = 0;
        List<SampleEvaluation> visits =
                files.readJson("evaluations.json", json, SampleEvaluation.class);
        for (SampleEvaluation visit : visits) {
            Evaluation evaluation =
                    new Evaluation(
                            lookup(centerByCode, visit.center, "evaluations.json"),
                            visit.kind,
                            true);
            evaluation.record(visit, today);
            evaluations.persist(evaluation);
            for (SampleFinding f : visit.findings) {
                Finding finding = new Finding(evaluation, true);
                finding.describe(f);
                findings.persist(finding);
                transitions.persist(FindingTransition.logged(finding, ACTOR));
                List<FindingStatus> path = f.path();
                for (int i = 0; i < path.size(); i++) {
                    String reason = i == path.size() - 1 ? f.statusReason : null;
                    transitions.persist(finding.moveTo(path.get(i), reason, ACTOR));
                }
                findingCount++;
            }
        }
        List<SampleAgreement> agreementRequests =
                files.readJson("agreements.json", json, SampleAgreement.class);
        for (SampleAgreement agreement : agreementRequests) {
            lookup(centerByCode, agreement.center, "agreements.json");
            agreements.create(agreement.center, agreement, true);
        }
        List<SampleProject> projectRequests =
                files.readJson("preliminary-projects.json", json, SampleProject.class);
        for (SampleProject project : projectRequests) {
            lookup(centerByCode, project.center, "preliminary-projects.json");
            long version = projects.write(project.center, project, true).project().version();
            for (SampleProject.SampleDecision decision : project.decisions) {
                decision.version = version;
                version = projects.decide(project.center, decision).version();
            }
        }
        for (NewExchangeRate rate : files.read("exchange-rates.csv", NewExchangeRate.class)) {
            exchangeRates.record(rate);
        }
        List<SampleFunding> grants =
                files.readJson("funding-sources.json", json, SampleFunding.class);
        for (SampleFunding grant : grants) {
            funding.create(grant, true);
            for (NewAllocation allocation : grant.allocations) {
                funding.allocate(grant.code, allocation);
            }
        }
        List<SampleWorkPackage> works =
                files.readJson("work-packages.json", json, SampleWorkPackage.class);
        // Every package exists before any story is told, so completing one sees its siblings.
        List<Long> ids = new java.util.ArrayList<>();
        for (SampleWorkPackage work : works) {
            ids.add(createWorks(work, lookup(centerByCode, work.center, "work-packages.json")));
        }
        for (int i = 0; i < works.size(); i++) {
            tellStory(ids.get(i), works.get(i));
        }
        stampAsRecordedAtTheStart();
        demoAccounts.createIfEnabled();
        LOG.infof(
                "Loaded the illustrative sample data: %d partners, %d centers, %d milestones, %d evaluations, "
                        + "%d findings, %d agreements, %d preliminary projects, %d grants, %d works packages",
                partnerByAcronym.size(),
                centerByCode.size(),
                rows.size(),
                visits.size(),
                findingCount,
                agreementRequests.size(),
                projectRequests.size(),
                grants.size(),
                works.size());
    }

    /** The tables of the sample's records, stamped with when they were created or recorded. */
    private static final List<String> CREATED =
            List.of(
                    "center",
                    "milestone",
                    "evaluation",
                    "finding",
                    "agreement",
                    "commitment",
                    "preliminary_project",
                    "funding_source",
                    "budget_allocation",
                    "exchange_rate",
                    "work_package",
                    "change_order",
                    "expenditure");

    private static final List<String> RECORDED =
            List.of("phase_change", "finding_transition", "progress_report");

    /**
     * The sample tells a story of many months, loaded in a moment: its records are stamped as
     * recorded at the start of its first day, as a history imported from elsewhere would be, except
     * the steps of the works' stories, recorded on their own days ({@link #onItsDay}): a report for
     * a date of the story shows what the story says then (docs/reports.md).
     */
    private void stampAsRecordedAtTheStart() {
        em.flush();
        Object first =
                em.createNativeQuery(
                                "select min(d) from ("
                                        + " select min(evaluation_date) as d from evaluation union all select min(change_date) from phase_change"
                                        + " union all select min(payment_date) from expenditure union all select min(report_date)"
                                        + " from progress_report union all select min(rate_date) from exchange_rate) dates")
                        .getSingleResult();
        if (first == null) {
            return;
        }
        Instant start = startOf(day(first));
        // A center and its plan from the day it entered its first phase; an evaluation and its
        // findings
        // from the day of the visit.
        for (Object[] entered :
                rows("select center_id, min(change_date) from phase_change group by center_id")) {
            stamp(
                    day(entered[1]),
                    List.of("center", "milestone"),
                    "id = ?2",
                    "center_id = ?2",
                    "center_id = ?2 and entity in ('Center', 'Milestone')",
                    entered[0]);
        }
        for (Object[] visit : rows("select id, evaluation_date from evaluation")) {
            String findings = "(select f.id from finding f where f.evaluation_id = ?2)";
            stamp(
                    day(visit[1]),
                    List.of("evaluation", "finding"),
                    "id = ?2",
                    "evaluation_id = ?2",
                    "(entity = 'Evaluation' and entity_id = ?2) or (entity = 'Finding' and entity_id in "
                            + findings
                            + ")",
                    visit[0]);
            em.createNativeQuery(
                            "update finding_transition set recorded_at = ?1 where recorded_at > ?3"
                                    + " and finding_id in "
                                    + findings)
                    .setParameter(1, startOf(day(visit[1])))
                    .setParameter(2, visit[0])
                    .setParameter(3, claimedAt)
                    .executeUpdate();
        }
        for (String table : CREATED) {
            em.createNativeQuery("update " + table + " set created_at = ?1 where created_at > ?2")
                    .setParameter(1, start)
                    .setParameter(2, claimedAt)
                    .executeUpdate();
        }
        for (String table : RECORDED) {
            em.createNativeQuery("update " + table + " set recorded_at = ?1 where recorded_at > ?2")
                    .setParameter(1, start)
                    .setParameter(2, claimedAt)
                    .executeUpdate();
        }
        em.createNativeQuery(
                        "update audit_entry set recorded_at = ?1 where entity <> 'UserAccount'"
                                + " and recorded_at > ?2")
                .setParameter(1, start)
                .setParameter(2, claimedAt)
                .executeUpdate();
        em.clear();
    }

    /**
     * Stamps a record and those under it (two tables, each with its condition on ?2) and their
     * audit entries not yet stamped as recorded at the start of a day.
     */
    private void stamp(
            LocalDate day,
            List<String> tables,
            String record,
            String under,
            String entries,
            Object id) {
        Instant at = startOf(day);
        em.createNativeQuery("update " + tables.get(0) + " set created_at = ?1 where " + record)
                .setParameter(1, at)
                .setParameter(2, id)
                .executeUpdate();
        em.createNativeQuery("update " + tables.get(1) + " set created_at = ?1 where " + under)
                .setParameter(1, at)
                .setParameter(2, id)
                .executeUpdate();
        em.createNativeQuery(
                        "update audit_entry set recorded_at = ?1 where recorded_at > ?3 and ("
                                + entries
                                + ")")
                .setParameter(1, at)
                .setParameter(2, id)
                .setParameter(3, claimedAt)
                .executeUpdate();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String query) {
        return em.createNativeQuery(query).getResultList();
    }

    private static LocalDate day(Object date) {
        return date instanceof java.sql.Date sql ? sql.toLocalDate() : (LocalDate) date;
    }

    private Instant startOf(LocalDate day) {
        return day.atStartOfDay(clock.getZone()).toInstant();
    }

    /** Plans a works package with the findings it addresses, named by their titles. */
    private long createWorks(SampleWorkPackage work, Center center) {
        for (String title : work.addresses) {
            Finding finding =
                    findings.find("center = ?1 and title = ?2", center, title)
                            .firstResultOptional()
                            .orElseThrow(
                                    () ->
                                            new SampleDataException(
                                                    "work-packages.json",
                                                    0,
                                                    work.code
                                                            + ": no finding of "
                                                            + center.getCode()
                                                            + " titled "
                                                            + title));
            work.findings.add(finding.getId());
        }
        return workPackages.create(center.getCode(), work, ACTOR, true).id();
    }

    /** Tells a works package's story through the services, as the API would. */
    private void tellStory(long id, SampleWorkPackage work) {
        for (SampleWorkPackage.Move move : work.statuses) {
            onItsDay(move.date, () -> workPackages.advance(id, move.status, move.date, ACTOR));
        }
        for (ProgressRequest report : work.progress) {
            onItsDay(report.date, () -> workPackages.reportProgress(id, report, ACTOR));
        }
        for (SampleWorkPackage.Change change : work.changeOrders) {
            long order = workPackages.requestChange(id, change).id();
            if (change.decision != ChangeOrderStatus.PENDING) {
                ChangeOrderDecision decision = new ChangeOrderDecision();
                decision.status = change.decision;
                decision.date = change.date;
                decision.version = 0L;
                onItsDay(change.date, () -> workPackages.decideChange(order, decision));
            }
        }
        for (ExpenditureRequest payment : work.payments) {
            onItsDay(payment.date, () -> expenditures.pay(id, payment, ACTOR));
        }
        for (SampleWorkPackage.Move move : java.util.Arrays.asList(work.lastMove, work.then)) {
            if (move != null) {
                onItsDay(move.date, () -> workPackages.advance(id, move.status, move.date, ACTOR));
            }
        }
    }

    /**
     * Tells a step of the story as recorded at the start of its own day: the audit trail's entries
     * it writes say so, so that a report for an earlier date sees the records as they were before
     * it.
     */
    private void onItsDay(LocalDate day, Runnable step) {
        if (day == null) {
            step.run();
            return;
        }
        em.flush();
        Map<String, Long> before = new HashMap<>();
        for (String table : STAMPED_BY_DAY) {
            before.put(
                    table,
                    ((Number)
                                    em.createNativeQuery(
                                                    "select coalesce(max(id), 0) from " + table)
                                            .getSingleResult())
                            .longValue());
        }
        step.run();
        em.flush();
        Instant start = day.atStartOfDay(clock.getZone()).toInstant();
        for (String table : STAMPED_BY_DAY) {
            em.createNativeQuery("update " + table + " set recorded_at = ?1 where id > ?2")
                    .setParameter(1, start)
                    .setParameter(2, before.get(table))
                    .executeUpdate();
        }
    }

    /** The tables whose rows say when they were recorded, and a step of a story writes. */
    private static final List<String> STAMPED_BY_DAY =
            List.of("audit_entry", "finding_transition", "progress_report");

    private static <T> T lookup(Map<String, T> known, String key, String file) {
        if (key == null) {
            return null;
        }
        T value = known.get(key);
        if (value == null) {
            throw new SampleDataException(file, 0, "unknown reference " + key);
        }
        return value;
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.time.OffsetDateTime odt) {
            return odt.toInstant();
        }
        if (value instanceof java.sql.Timestamp ts) {
            return ts.toInstant();
        }
        throw new IllegalStateException("Unexpected timestamp type " + value.getClass());
    }
}
