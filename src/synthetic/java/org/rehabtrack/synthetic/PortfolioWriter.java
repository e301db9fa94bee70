package org.rehabtrack.synthetic;

import static java.time.temporal.ChronoUnit.DAYS;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.rehabtrack.evaluation.EvaluationKind;
import org.rehabtrack.finding.FindingCategory;
import org.rehabtrack.finding.FindingStatus;
import org.rehabtrack.finding.Severity;
import org.rehabtrack.works.ChangeOrderStatus;
import org.rehabtrack.works.WorkPackageStatus;

/**
 * Writes one planned portfolio with batched JDBC inserts on one connection, parents first; the ids
 * of parents are read back by their codes (or, for findings, in the order written). Every amount in
 * dollars or in a grant's currency is converted as the application converts it.
 */
final class PortfolioWriter {

    static final String ACTOR = "synthetic";
    private static final String[][] PARTNERS = {
        {"STATE", "Secretaría de Estado administradora (sintética)", "STATE"},
        {"DON-A", "Donante A (sintético)", "DONOR"},
        {"DON-B", "Donante B (sintético)", "DONOR"},
        {"CON-1", "Constructora Uno S. de R.L. (sintética)", "CONTRACTOR"},
        {"CON-2", "Constructora Dos S.A. (sintética)", "CONTRACTOR"},
        {"CON-3", "Ingeniería Tres S. de R.L. (sintética)", "CONTRACTOR"},
        {"CON-4", "Obras Cuatro S.A. (sintética)", "CONTRACTOR"}
    };

    /**
     * The grants, in the order of {@link PortfolioPlan#GRANT_CURRENCIES}: code suffix and donor.
     */
    private static final String[][] GRANTS = {
        {"USD-A", "DON-A"}, {"EUR-B", "DON-B"}, {"HNL-GOV", "STATE"}
    };

    private static final LocalDate RATES_FROM = LocalDate.of(2022, 12, 1);
    private static final BigDecimal RETAINED = new BigDecimal("0.95");

    private final Connection db;
    private final PortfolioPlan plan;
    private final String prefix;
    private final LocalDate today;
    private final OffsetDateTime now;
    private final long seed;
    private final long started = System.nanoTime();
    private final RateTable rates = new RateTable();
    private final Map<String, Long> partnerIds = new HashMap<>();
    private final long[] grantIds = new long[GRANTS.length];
    private long[] centerIds;
    private long[] packageIds;

    /**
     * Per budget line (center, grant, category): what its packages budget and what was paid, in the
     * grant's currency.
     */
    private final Map<String, BigDecimal[]> lines = new LinkedHashMap<>();

    PortfolioWriter(
            Connection db,
            PortfolioPlan plan,
            String prefix,
            LocalDate today,
            OffsetDateTime now,
            long seed) {
        this.db = db;
        this.plan = plan;
        this.prefix = prefix;
        this.today = today;
        this.now = now;
        this.seed = seed;
    }

    LoadedPortfolio write() throws SQLException {
        int partners = partners();
        int grants = grants();
        int newRates = exchangeRates();
        int centers = centers();
        int phaseChanges = phaseChanges();
        Map<Long, Long> evaluations = evaluations();
        int milestones = milestones();
        int packages = workPackages();
        int reports = progressReports();
        int payments = payments();
        int changeOrders = changeOrders();
        List<FindingStatus> statuses = new ArrayList<>();
        int findings = findings(evaluations, statuses);
        int transitions = findingTransitions(statuses);
        int allocations = allocations();
        db.commit();
        return new LoadedPortfolio(
                prefix,
                partners,
                grants,
                newRates,
                centers,
                phaseChanges,
                evaluations.size(),
                milestones,
                allocations,
                packages,
                reports,
                payments,
                changeOrders,
                findings,
                transitions,
                Duration.ofNanos(System.nanoTime() - started));
    }

    private int partners() throws SQLException {
        try (BatchInsert rows =
                insert(
                        "partner",
                        "acronym",
                        "name",
                        "kind",
                        "contact",
                        "illustrative",
                        "version")) {
            for (String[] p : PARTNERS) {
                rows.add(prefix + "-" + p[0], p[1] + " " + prefix, p[2], null, true, 0L);
            }
        }
        for (String[] p : PARTNERS) {
            partnerIds.put(
                    p[0], idOf("select id from partner where acronym = ?", prefix + "-" + p[0]));
        }
        return PARTNERS.length;
    }

    /** The grants, at first without an amount: it is set once their allocations are known. */
    private int grants() throws SQLException {
        try (BatchInsert rows =
                insert(
                        "funding_source",
                        "code",
                        "donor_partner_id",
                        "amount",
                        "currency",
                        "start_date",
                        "end_date",
                        "illustrative",
                        "version",
                        "created_at",
                        "updated_at")) {
            for (int g = 0; g < GRANTS.length; g++) {
                rows.add(
                        prefix + "-" + GRANTS[g][0],
                        partnerIds.get(GRANTS[g][1]),
                        BigDecimal.ZERO.setScale(2),
                        PortfolioPlan.GRANT_CURRENCIES[g],
                        PortfolioPlan.WORKS_FROM,
                        LocalDate.of(2028, 12, 31),
                        true,
                        0L,
                        now,
                        now);
            }
        }
        for (int g = 0; g < GRANTS.length; g++) {
            grantIds[g] =
                    idOf(
                            "select id from funding_source where code = ?",
                            prefix + "-" + GRANTS[g][0]);
        }
        return GRANTS.length;
    }

    /**
     * A lempira and a euro rate on the first of every month up to today, unless the database has
     * one on that day already; then every rate of both currencies, to convert as the application
     * does.
     */
    private int exchangeRates() throws SQLException {
        Set<String> present = new HashSet<>();
        try (PreparedStatement query =
                        db.prepareStatement(
                                "select currency, rate_date from exchange_rate where currency in ('HNL', 'EUR')");
                ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                present.add(rs.getString(1) + rs.getObject(2, LocalDate.class));
            }
        }
        SplittableRandom random = new SplittableRandom(seed);
        int written;
        try (BatchInsert rows =
                insert(
                        "exchange_rate",
                        "currency",
                        "rate_date",
                        "units_per_usd",
                        "source",
                        "created_at")) {
            int month = 0;
            for (LocalDate day = RATES_FROM;
                    !day.isAfter(today);
                    day = day.plusMonths(1), month++) {
                BigDecimal hnl =
                        BigDecimal.valueOf(24.60 + 0.045 * month + random.nextDouble(-0.08, 0.08))
                                .setScale(4, RoundingMode.HALF_UP);
                BigDecimal eur =
                        BigDecimal.valueOf(
                                        0.92
                                                + 0.03 * Math.sin(month / 6.0)
                                                + random.nextDouble(-0.01, 0.01))
                                .setScale(4, RoundingMode.HALF_UP);
                if (!present.contains("HNL" + day)) {
                    rows.add(
                            "HNL",
                            day,
                            hnl,
                            "Synthetic, after the Central Bank of Honduras reference rate",
                            now);
                }
                if (!present.contains("EUR" + day)) {
                    rows.add("EUR", day, eur, "Synthetic, after the ECB reference rate", now);
                }
            }
            written = rows.rows();
        }
        db.commit();
        try (PreparedStatement query =
                        db.prepareStatement(
                                "select id, currency, rate_date, units_per_usd from exchange_rate where currency in ('HNL', 'EUR')");
                ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                rates.put(
                        rs.getString(2),
                        rs.getObject(3, LocalDate.class),
                        new RateTable.Rate(rs.getLong(1), rs.getBigDecimal(4)));
            }
        }
        return written;
    }

    private int centers() throws SQLException {
        try (BatchInsert rows =
                insert(
                        "center",
                        "code",
                        "name",
                        "type",
                        "department",
                        "municipality",
                        "latitude",
                        "longitude",
                        "population_served",
                        "capacity",
                        "administering_partner_id",
                        "phase",
                        "phase_since",
                        "illustrative",
                        "version",
                        "created_at",
                        "updated_at")) {
            for (CenterPlan c : plan.centers) {
                rows.add(
                        c.code(),
                        c.name(),
                        c.type().name(),
                        c.department(),
                        c.municipality(),
                        c.latitude(),
                        c.longitude(),
                        populationServed(c),
                        c.capacity(),
                        partnerIds.get("STATE"),
                        c.phase().name(),
                        c.phaseSince(),
                        true,
                        0L,
                        now,
                        now);
            }
        }
        Map<String, Long> ids =
                idsByCode("select id, code from center where code like ?", prefix + "-C%");
        centerIds = plan.centers.stream().mapToLong(c -> ids.get(c.code())).toArray();
        return plan.centers.size();
    }

    private static String populationServed(CenterPlan c) {
        return switch (c.type()) {
            case CAM -> "Personas migrantes en tránsito";
            case CAMR -> "Personas migrantes retornadas adultas";
            case CANFM -> "Niñez, adolescencia y familias migrantes retornadas";
        };
    }

    private int phaseChanges() throws SQLException {
        try (BatchInsert rows =
                insert(
                        "phase_change",
                        "center_id",
                        "from_phase",
                        "to_phase",
                        "change_date",
                        "reason",
                        "recorded_at")) {
            for (CenterPlan c : plan.centers) {
                rows.add(
                        centerIds[c.index()],
                        null,
                        c.phase().name(),
                        c.phaseSince(),
                        "Cartera sintética",
                        now);
            }
            return rows.rows();
        }
    }

    /** One initial evaluation per center; answers the evaluation of each center id. */
    private Map<Long, Long> evaluations() throws SQLException {
        SplittableRandom random = new SplittableRandom(seed + 1);
        try (BatchInsert rows =
                insert(
                        "evaluation",
                        "center_id",
                        "kind",
                        "evaluation_date",
                        "lead_engineer",
                        "summary",
                        "persons_design_capacity",
                        "persons_observed_peak",
                        "overnight_stay",
                        "covered_area_m2",
                        "toilets_female",
                        "toilets_male",
                        "toilets_accessible",
                        "showers",
                        "handwashing_points",
                        "water_litres_per_day",
                        "beds",
                        "illustrative",
                        "version",
                        "created_at",
                        "updated_at")) {
            for (CenterPlan c : plan.centers) {
                int capacity = c.capacity();
                rows.add(
                        centerIds[c.index()],
                        EvaluationKind.INITIAL.name(),
                        c.evaluationDate(),
                        "Ing. "
                                + List.of("Ana", "Luis", "Marta", "Carlos").get(c.index() % 4)
                                + " (sintético)",
                        "Evaluación inicial de infraestructura y modelo de atención",
                        capacity,
                        capacity + random.nextInt(-20, 60),
                        true,
                        BigDecimal.valueOf(capacity * 4L + 200).setScale(2),
                        capacity / 25,
                        capacity / 30,
                        1,
                        capacity / 20,
                        capacity / 40 + 1,
                        BigDecimal.valueOf(capacity * 15L).setScale(2),
                        capacity,
                        true,
                        0L,
                        now,
                        now);
            }
        }
        Map<Long, Long> byCenter = new HashMap<>();
        Set<Long> ours = centerIdSet();
        try (PreparedStatement query =
                db.prepareStatement(
                        "select e.id, e.center_id from evaluation e"
                                + " join center c on c.id = e.center_id where c.code like ?")) {
            query.setString(1, prefix + "-C%");
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    if (ours.contains(rs.getLong(2))) {
                        byCenter.put(rs.getLong(2), rs.getLong(1));
                    }
                }
            }
        }
        return byCenter;
    }

    private int milestones() throws SQLException {
        try (BatchInsert rows =
                insert(
                        "milestone",
                        "center_id",
                        "name",
                        "kind",
                        "baseline_date",
                        "forecast_date",
                        "actual_date",
                        "note",
                        "version",
                        "created_at",
                        "updated_at")) {
            for (CenterPlan c : plan.centers) {
                for (MilestonePlan m : c.milestones()) {
                    rows.add(
                            centerIds[c.index()],
                            m.name(),
                            m.kind().name(),
                            m.baseline(),
                            m.forecast(),
                            m.actual(),
                            null,
                            0L,
                            now,
                            now);
                }
            }
            return rows.rows();
        }
    }

    private int workPackages() throws SQLException {
        try (BatchInsert rows =
                insert(
                        "work_package",
                        "center_id",
                        "code",
                        "title",
                        "scope",
                        "contractor_partner_id",
                        "budget_amount",
                        "budget_currency",
                        "contract_amount",
                        "contract_currency",
                        "planned_start",
                        "planned_end",
                        "actual_start",
                        "actual_end",
                        "status",
                        "percent_complete",
                        "illustrative",
                        "version",
                        "created_at",
                        "updated_at",
                        "funding_source_id",
                        "category")) {
            for (PackagePlan p : plan.packages) {
                rows.add(
                        centerIds[p.center()],
                        p.code(),
                        p.title(),
                        "Alcance según anteproyecto aprobado",
                        p.contractor() < 0 ? null : partnerIds.get("CON-" + (p.contractor() + 1)),
                        p.budget(),
                        p.currency(),
                        p.contract(),
                        p.contract() == null ? null : p.currency(),
                        p.plannedStart(),
                        p.plannedEnd(),
                        p.actualStart(),
                        p.actualEnd(),
                        p.status().name(),
                        p.percent(),
                        true,
                        0L,
                        now,
                        now,
                        grantIds[p.source()],
                        p.category().name());
                line(p)[0] =
                        line(p)[0].add(
                                rates.charged(p.budget(), p.currency(), grantCurrency(p), today));
            }
        }
        Map<String, Long> ids =
                idsByCode(
                        "select w.id, w.code from work_package w join center c on c.id = w.center_id"
                                + " where c.code like ?",
                        prefix + "-C%");
        packageIds = plan.packages.stream().mapToLong(p -> ids.get(p.code())).toArray();
        return plan.packages.size();
    }

    /**
     * Cumulative progress rising evenly to the package's percentage, on dates spread up to its last
     * activity.
     */
    private int progressReports() throws SQLException {
        try (BatchInsert rows =
                insert(
                        "progress_report",
                        "work_package_id",
                        "report_date",
                        "percent_complete",
                        "note",
                        "correction_reason",
                        "recorded_by",
                        "recorded_at")) {
            for (PackagePlan p : plan.packages) {
                int n = p.reports();
                long span = DAYS.between(p.plannedStart(), p.lastActivity(today));
                for (int k = 1; k <= n; k++) {
                    BigDecimal percent =
                            p.percent()
                                    .multiply(BigDecimal.valueOf(k))
                                    .divide(BigDecimal.valueOf(n), 2, RoundingMode.HALF_UP);
                    rows.add(
                            packageIds[p.index()],
                            p.plannedStart().plusDays(k * span / n),
                            percent,
                            "Informe de avance " + k,
                            null,
                            ACTOR,
                            now);
                }
            }
            return rows.rows();
        }
    }

    /**
     * Payments adding up to 95 % of the contract's share done (at least 10 %), dated within the
     * package's period and never after today, each converted at the rate of its date.
     */
    private int payments() throws SQLException {
        int written;
        try (BatchInsert rows =
                insert(
                        "expenditure",
                        "work_package_id",
                        "funding_source_id",
                        "center_id",
                        "category",
                        "payment_date",
                        "amount",
                        "currency",
                        "usd_amount",
                        "exchange_rate_id",
                        "units_per_usd",
                        "source_amount",
                        "reference",
                        "recorded_by",
                        "created_at")) {
            for (PackagePlan p : plan.packages) {
                int n = p.payments();
                if (n == 0) {
                    continue;
                }
                SplittableRandom random = new SplittableRandom(seed + 7919L * (p.index() + 1));
                double[] weights = new double[n];
                double sum = 0;
                for (int k = 0; k < n; k++) {
                    weights[k] = 0.5 + random.nextDouble();
                    sum += weights[k];
                }
                BigDecimal share = p.percent().max(BigDecimal.TEN).movePointLeft(2);
                BigDecimal total = p.contract().multiply(share).multiply(RETAINED);
                long span = DAYS.between(p.plannedStart(), p.lastActivity(today));
                for (int k = 0; k < n; k++) {
                    BigDecimal amount =
                            total.multiply(BigDecimal.valueOf(weights[k] / sum))
                                    .setScale(2, RoundingMode.HALF_UP)
                                    .max(new BigDecimal("0.01"));
                    LocalDate date = p.plannedStart().plusDays((k + 1) * span / (n + 1));
                    RateTable.Rate rate = rates.onDate(p.currency(), date);
                    BigDecimal usd = rates.toUsd(amount, p.currency(), date);
                    BigDecimal charged =
                            rates.charged(amount, p.currency(), grantCurrency(p), date);
                    line(p)[1] = line(p)[1].add(charged);
                    rows.add(
                            packageIds[p.index()],
                            grantIds[p.source()],
                            centerIds[p.center()],
                            p.category().name(),
                            date,
                            amount,
                            p.currency(),
                            usd,
                            rate == null ? null : rate.id(),
                            rate == null ? BigDecimal.ONE : rate.unitsPerUsd(),
                            charged,
                            String.format("%s-PAY-%07d", prefix, rows.rows() + 1),
                            ACTOR,
                            now);
                }
            }
            written = rows.rows();
        }
        addUpPayments();
        return written;
    }

    /**
     * The packages' running totals of their payments (payment_total), as recording each payment
     * keeps them.
     */
    private void addUpPayments() throws SQLException {
        try (PreparedStatement totals =
                db.prepareStatement(
                        "insert into payment_total (work_package_id,"
                                + " funding_source_id, category, center_id, usd_amount, source_amount, payments, first_payment_id)"
                                + " select e.work_package_id, e.funding_source_id, e.category, min(e.center_id), sum(e.usd_amount),"
                                + " sum(e.source_amount), count(*), min(e.id) from expenditure e join center c on c.id = e.center_id"
                                + " where c.code like ? group by e.work_package_id, e.funding_source_id, e.category")) {
            totals.setString(1, prefix + "-%");
            totals.executeUpdate();
        }
        db.commit();
    }

    /**
     * One approved change order, 5 % and 30 days more, on every tenth package under way or done.
     */
    private int changeOrders() throws SQLException {
        try (BatchInsert rows =
                insert(
                        "change_order",
                        "work_package_id",
                        "amount",
                        "currency",
                        "days",
                        "reason",
                        "status",
                        "decided_on",
                        "version",
                        "created_at",
                        "updated_at")) {
            int active = 0;
            for (PackagePlan p : plan.packages) {
                if (p.underWayOrDone() && active++ % 10 == 0) {
                    LocalDate decided = p.plannedStart().plusDays(60);
                    rows.add(
                            packageIds[p.index()],
                            p.contract()
                                    .multiply(new BigDecimal("0.05"))
                                    .setScale(2, RoundingMode.HALF_UP),
                            p.currency(),
                            30,
                            "Obras adicionales halladas durante la ejecución",
                            ChangeOrderStatus.APPROVED.name(),
                            decided.isAfter(today) ? today : decided,
                            0L,
                            now,
                            now);
                }
            }
            return rows.rows();
        }
    }

    /**
     * Findings spread over the categories and severities; their status follows the center's
     * packages: planned in one under way, resolved or verified by a completed one, else open or
     * deferred.
     */
    private int findings(Map<Long, Long> evaluations, List<FindingStatus> statuses)
            throws SQLException {
        SplittableRandom random = new SplittableRandom(seed + 2);
        Map<Integer, List<PackagePlan>> byCenter = new HashMap<>();
        for (PackagePlan p : plan.packages) {
            byCenter.computeIfAbsent(p.center(), c -> new ArrayList<>()).add(p);
        }
        FindingCategory[] categories = FindingCategory.values();
        try (BatchInsert rows =
                insert(
                        "finding",
                        "evaluation_id",
                        "center_id",
                        "category",
                        "severity",
                        "title",
                        "description",
                        "location",
                        "recommendation",
                        "estimated_cost_amount",
                        "estimated_cost_currency",
                        "status",
                        "status_reason",
                        "work_package_id",
                        "illustrative",
                        "version",
                        "created_at",
                        "updated_at")) {
            for (CenterPlan c : plan.centers) {
                List<PackagePlan> own = byCenter.getOrDefault(c.index(), List.of());
                List<PackagePlan> done =
                        own.stream()
                                .filter(p -> p.status() == WorkPackageStatus.COMPLETED)
                                .toList();
                List<PackagePlan> open =
                        own.stream()
                                .filter(p -> p.status() != WorkPackageStatus.COMPLETED)
                                .toList();
                int count = PortfolioSize.share(plan.findingsTotal, plan.centers.size(), c.index());
                for (int k = 0; k < count; k++) {
                    FindingCategory category = categories[(c.index() + k) % categories.length];
                    double draw = random.nextDouble();
                    Severity severity =
                            draw < 0.1
                                    ? Severity.CRITICAL
                                    : draw < 0.35
                                            ? Severity.HIGH
                                            : draw < 0.75 ? Severity.MEDIUM : Severity.LOW;
                    PackagePlan by =
                            switch (k % 5) {
                                case 1 -> open.isEmpty() ? null : open.get(k % open.size());
                                case 2, 4 -> done.isEmpty() ? null : done.get(k % done.size());
                                default -> null;
                            };
                    FindingStatus status =
                            k % 5 == 3
                                    ? FindingStatus.DEFERRED
                                    : by == null
                                            ? FindingStatus.OPEN
                                            : by.status() != WorkPackageStatus.COMPLETED
                                                    ? FindingStatus.PLANNED
                                                    : k % 5 == 2
                                                            ? FindingStatus.RESOLVED
                                                            : FindingStatus.VERIFIED;
                    statuses.add(status);
                    rows.add(
                            evaluations.get(centerIds[c.index()]),
                            centerIds[c.index()],
                            category.name(),
                            severity.name(),
                            "Observación "
                                    + (k + 1)
                                    + ": "
                                    + category.name().toLowerCase().replace('_', ' '),
                            "Hallazgo sintético de la evaluación inicial",
                            "Bloque " + (char) ('A' + k % 4),
                            "Corregir según norma",
                            BigDecimal.valueOf(50 + random.nextInt(0, 4_950))
                                    .multiply(BigDecimal.valueOf(100))
                                    .setScale(2),
                            "HNL",
                            status.name(),
                            status == FindingStatus.DEFERRED ? DEFERRAL : null,
                            by == null ? null : packageIds[by.index()],
                            true,
                            0L,
                            now,
                            now);
                }
            }
            return rows.rows();
        }
    }

    private static final String DEFERRAL = "Fuera del alcance del financiamiento actual";

    /** Each finding's moves: logged open, then along its life to its status. */
    private int findingTransitions(List<FindingStatus> statuses) throws SQLException {
        List<Long> ids = new ArrayList<>();
        Set<Long> ours = centerIdSet();
        try (PreparedStatement query =
                db.prepareStatement(
                        "select f.id, f.center_id from finding f"
                                + " join center c on c.id = f.center_id where c.code like ? order by f.id")) {
            query.setString(1, prefix + "-C%");
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    if (ours.contains(rs.getLong(2))) {
                        ids.add(rs.getLong(1));
                    }
                }
            }
        }
        if (ids.size() != statuses.size()) {
            throw new IllegalStateException(
                    "Read back " + ids.size() + " findings, wrote " + statuses.size());
        }
        try (BatchInsert rows =
                insert(
                        "finding_transition",
                        "finding_id",
                        "from_status",
                        "to_status",
                        "reason",
                        "recorded_by",
                        "recorded_at")) {
            for (int i = 0; i < ids.size(); i++) {
                FindingStatus status = statuses.get(i);
                rows.add(ids.get(i), null, FindingStatus.OPEN.name(), null, ACTOR, now);
                if (status == FindingStatus.DEFERRED) {
                    rows.add(
                            ids.get(i),
                            FindingStatus.OPEN.name(),
                            status.name(),
                            DEFERRAL,
                            ACTOR,
                            now);
                    continue;
                }
                FindingStatus[] path = {
                    FindingStatus.OPEN,
                    FindingStatus.PLANNED,
                    FindingStatus.RESOLVED,
                    FindingStatus.VERIFIED
                };
                for (int s = 1; s <= status.ordinal(); s++) {
                    rows.add(ids.get(i), path[s - 1].name(), path[s].name(), null, ACTOR, now);
                }
            }
            return rows.rows();
        }
    }

    /**
     * Each budget line its packages use, with a tenth more than they budget or were paid, whichever
     * is more (rounded up to 100); then each grant's amount, 15 % above its allocations.
     */
    private int allocations() throws SQLException {
        BigDecimal[] granted = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
        try (BatchInsert rows =
                insert(
                        "budget_allocation",
                        "funding_source_id",
                        "center_id",
                        "category",
                        "amount",
                        "version",
                        "created_at",
                        "updated_at")) {
            for (Map.Entry<String, BigDecimal[]> line : lines.entrySet()) {
                String[] key = line.getKey().split("\\|");
                int grant = Integer.parseInt(key[1]);
                BigDecimal amount =
                        roundUp(
                                line.getValue()[0]
                                        .max(line.getValue()[1])
                                        .multiply(new BigDecimal("1.10")),
                                100);
                granted[grant] = granted[grant].add(amount);
                rows.add(
                        grantIds[grant],
                        centerIds[Integer.parseInt(key[0])],
                        key[2],
                        amount,
                        0L,
                        now,
                        now);
            }
            try (PreparedStatement update =
                    db.prepareStatement("update funding_source set amount = ? where id = ?")) {
                for (int g = 0; g < grantIds.length; g++) {
                    update.setBigDecimal(
                            1, roundUp(granted[g].multiply(new BigDecimal("1.15")), 1000));
                    update.setLong(2, grantIds[g]);
                    update.executeUpdate();
                }
            }
            return rows.rows();
        }
    }

    private BigDecimal[] line(PackagePlan p) {
        return lines.computeIfAbsent(
                p.center() + "|" + p.source() + "|" + p.category().name(),
                k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
    }

    private static String grantCurrency(PackagePlan p) {
        return PortfolioPlan.GRANT_CURRENCIES[p.source()];
    }

    private static BigDecimal roundUp(BigDecimal amount, int step) {
        BigDecimal unit = BigDecimal.valueOf(step);
        return amount.divide(unit, 0, RoundingMode.CEILING).multiply(unit).setScale(2);
    }

    private Set<Long> centerIdSet() {
        Set<Long> ids = new HashSet<>();
        for (long id : centerIds) {
            ids.add(id);
        }
        return ids;
    }

    private BatchInsert insert(String table, String... columns) throws SQLException {
        return new BatchInsert(db, started, table, columns);
    }

    private long idOf(String sql, String key) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(sql)) {
            query.setString(1, key);
            try (ResultSet rs = query.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("Not found after insert: " + key);
                }
                return rs.getLong(1);
            }
        }
    }

    private Map<String, Long> idsByCode(String sql, String like) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        try (PreparedStatement query = db.prepareStatement(sql)) {
            query.setString(1, like);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    ids.put(rs.getString(2), rs.getLong(1));
                }
            }
        }
        return ids;
    }
}
