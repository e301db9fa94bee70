package org.rehabtrack.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.hibernate.jpa.HibernateHints;
import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;
import org.rehabtrack.audit.RecordedValues;
import org.rehabtrack.center.Center;
import org.rehabtrack.evaluation.Evaluation;
import org.rehabtrack.evaluation.EvaluationKind;
import org.rehabtrack.evaluation.Measurements;
import org.rehabtrack.finding.Finding;
import org.rehabtrack.finding.FindingCategory;
import org.rehabtrack.finding.FindingStatus;
import org.rehabtrack.finding.Severity;
import org.rehabtrack.system.AsOf;
import org.rehabtrack.system.persistence.CenterIds;

/** The flat rows the reports read: one query each, never an entity graph. */
@ApplicationScoped
public class ReportQueries {

    /** Rows the database hands over at a time when a report streams them. */
    private static final int FETCH_SIZE = 1_000;

    private final EntityManager em;
    private final RecordedValues recorded;

    ReportQueries(EntityManager em, RecordedValues recorded) {
        this.em = em;
        this.recorded = recorded;
    }

    /**
     * The payments of the centers from a date (or the first) to another, of one funding source or
     * all, oldest first, streamed: the caller closes the stream, within a transaction so that the
     * database hands the rows over in batches. The payments are read alone, in the order of their
     * index, and the codes they refer to are looked up in maps read beforehand: joined to their
     * center, package, grant and rate, the database sorted a million rows. That index (migration
     * V21) holds every column read here, so that the database need not look up each payment's row:
     * a column read here must be in it too.
     */
    public Stream<PaymentRow> payments(ReportContext context, LocalDate from, LocalDate upTo) {
        Map<Long, String> centers = new HashMap<>();
        context.centers().forEach(c -> centers.put(c.getId(), c.getCode()));
        Map<Long, String> packages =
                codes(
                        among(
                                context,
                                "w.center",
                                "select w.id, w.code from WorkPackage w where 1 = 1" + CENTERS,
                                Object[].class));
        Map<Long, String> sources =
                codes(em.createQuery("select f.id, f.code from FundingSource f", Object[].class));
        Map<Long, LocalDate> rateDates = new HashMap<>();
        em.createQuery("select r.id, r.rateDate from ExchangeRate r", Object[].class)
                .getResultStream()
                .forEach(r -> rateDates.put((Long) r[0], (LocalDate) r[1]));
        var query =
                among(
                                context,
                                "e.center",
                                "select e.paymentDate, e.center.id, e.workPackage.id,"
                                        + " e.fundingSource.id, e.category, e.reference, e.amount, e.currency, e.unitsPerUsd, e.exchangeRateId,"
                                        + " e.usdAmount from Expenditure e where e.paymentDate <= :upTo"
                                        + CENTERS
                                        + (context.fundingSource() == null
                                                ? ""
                                                : " and e.fundingSource.code = :source")
                                        + (from == null ? "" : " and e.paymentDate >= :from")
                                        + " order by e.paymentDate, e.id",
                                Object[].class)
                        .setParameter("upTo", upTo)
                        .setHint(HibernateHints.HINT_FETCH_SIZE, FETCH_SIZE)
                        .setHint(HibernateHints.HINT_READ_ONLY, true);
        if (context.fundingSource() != null) {
            query.setParameter("source", context.fundingSource());
        }
        if (from != null) {
            query.setParameter("from", from);
        }
        return query.getResultStream()
                .map(
                        r ->
                                new PaymentRow(
                                        (LocalDate) r[0],
                                        centers.get((Long) r[1]),
                                        packages.get((Long) r[2]),
                                        sources.get((Long) r[3]),
                                        (org.rehabtrack.funding.BudgetCategory) r[4],
                                        (String) r[5],
                                        (BigDecimal) r[6],
                                        (String) r[7],
                                        (BigDecimal) r[8],
                                        r[9] == null ? null : rateDates.get((Long) r[9]),
                                        (BigDecimal) r[10]));
    }

    /** Where a query with {@link #among} puts its condition on the centers. */
    private static final String CENTERS = " {centers}";

    /**
     * A query of the report's centers: the condition {@code alias.id in :ids} where {@link
     * #CENTERS} stands, or none when the report covers every center, for H2 checks a list of
     * hundreds of parameters row by row.
     */
    private <T> jakarta.persistence.TypedQuery<T> among(
            ReportContext context, String alias, String query, Class<T> type) {
        if (context.everyCenter()) {
            return em.createQuery(query.replace(CENTERS, ""), type);
        }
        return em.createQuery(query.replace(CENTERS, " and " + alias + ".id in :ids"), type)
                .setParameter("ids", context.centers().stream().map(Center::getId).toList());
    }

    /** Codes by id, from a query of two columns: id and code. */
    private static Map<Long, String> codes(jakarta.persistence.TypedQuery<Object[]> query) {
        Map<Long, String> codes = new HashMap<>();
        query.getResultStream().forEach(r -> codes.put((Long) r[0], (String) r[1]));
        return codes;
    }

    /**
     * Every finding of the centers as it stood at the end of the report's cut-off date, by center,
     * most severe first; with a funding source, not those addressed by works charged to another. A
     * finding is there when it was logged before the end of that day (its first move, to open) and
     * not deleted by then; its status is that of its last move recorded before, its other fields
     * are those the audit trail says it had then ({@link RecordedValues}), and its photos are those
     * stored before. A finding deleted since is still read: it is deleted only softly.
     */
    public List<FindingRow> findings(ReportContext context) {
        Instant end = context.period().endOfCutOff(context.zone());
        CenterIds centers = context.centerIds();
        List<FindingRow> rows = new ArrayList<>();
        if (centers.isEmpty()) {
            return rows;
        }
        Map<Long, Moves> moves = movesBefore(end, centers);
        Map<Long, Integer> photos = photosBefore(end, centers);
        Map<Long, Object[]> packages = new HashMap<>();
        centers.bind(
                        em.createQuery(
                                "select w.id, w.code, f.code, w.center.id from WorkPackage w"
                                        + " left join w.fundingSource f where "
                                        + centers.in("w.center.id"),
                                Object[].class))
                .getResultStream()
                .forEach(r -> packages.put((Long) r[0], r));
        RecordedValues.Past then = recorded.at(Finding.class, end, centers);
        RecordedValues.Past evaluationsThen = recorded.at(Evaluation.class, end, centers);
        @SuppressWarnings("unchecked")
        List<Object[]> found =
                centers.bind(
                                em.createNativeQuery(
                                        "select f.id, f.center_id, c.code, f.evaluation_id,"
                                                + " e.evaluation_date, f.category, f.severity, f.status, f.title, f.description, f.recommendation,"
                                                + " f.location, f.estimated_cost_amount, f.estimated_cost_currency, f.work_package_id, f.created_at"
                                                + " from finding f join center c on c.id = f.center_id join evaluation e on e.id = f.evaluation_id"
                                                + " where "
                                                + centers.in("f.center_id")
                                                + " and (f.deleted = false or f.id in (select a.entity_id"
                                                + " from audit_entry a where a.entity = 'Finding' and a.action = 'DELETE' and a.recorded_at >= :end))"))
                        .setParameter("end", end)
                        .unwrap(NativeQuery.class)
                        .addScalar("id", StandardBasicTypes.LONG)
                        .addScalar("center_id", StandardBasicTypes.LONG)
                        .addScalar("code", StandardBasicTypes.STRING)
                        .addScalar("evaluation_id", StandardBasicTypes.LONG)
                        .addScalar("evaluation_date", StandardBasicTypes.LOCAL_DATE)
                        .addScalar("category", StandardBasicTypes.STRING)
                        .addScalar("severity", StandardBasicTypes.STRING)
                        .addScalar("status", StandardBasicTypes.STRING)
                        .addScalar("title", StandardBasicTypes.STRING)
                        .addScalar("description", StandardBasicTypes.STRING)
                        .addScalar("recommendation", StandardBasicTypes.STRING)
                        .addScalar("location", StandardBasicTypes.STRING)
                        .addScalar("estimated_cost_amount", StandardBasicTypes.BIG_DECIMAL)
                        .addScalar("estimated_cost_currency", StandardBasicTypes.STRING)
                        .addScalar("work_package_id", StandardBasicTypes.LONG)
                        .addScalar("created_at", StandardBasicTypes.INSTANT)
                        .getResultList();
        for (Object[] r : found) {
            long id = (Long) r[0];
            if (!centers.keeps((Long) r[1]) || then.createdSince(id)) {
                continue;
            }
            Moves move = moves.get(id);
            Instant logged = move != null ? move.logged : (Instant) r[15];
            if (logged == null || !logged.isBefore(end)) {
                continue;
            }
            FindingStatus status =
                    move != null
                            ? move.status
                            : then.constant(
                                    id,
                                    "status",
                                    FindingStatus.class,
                                    FindingStatus.valueOf((String) r[7]));
            Instant statusAt = move != null ? move.at : logged;
            Long workPackageId = then.reference(id, "workPackageId", (Long) r[14]);
            Object[] workPackage = workPackageId == null ? null : packages.get(workPackageId);
            String packageSource = workPackage == null ? null : (String) workPackage[2];
            if (context.fundingSource() != null
                    && packageSource != null
                    && !packageSource.equals(context.fundingSource())) {
                continue;
            }
            rows.add(
                    new FindingRow(
                            id,
                            (String) r[2],
                            evaluationsThen.date((Long) r[3], "evaluationDate", (LocalDate) r[4]),
                            then.constant(
                                    id,
                                    "category",
                                    FindingCategory.class,
                                    FindingCategory.valueOf((String) r[5])),
                            then.constant(
                                    id,
                                    "severity",
                                    Severity.class,
                                    Severity.valueOf((String) r[6])),
                            then.text(id, "title", (String) r[8]),
                            then.text(id, "description", (String) r[9]),
                            then.text(id, "recommendation", (String) r[10]),
                            then.text(id, "location", (String) r[11]),
                            LocalDate.ofInstant(logged, context.zone()),
                            status,
                            LocalDate.ofInstant(statusAt, context.zone()),
                            then.decimal(id, "estimatedCostAmount", (BigDecimal) r[12]),
                            then.text(id, "estimatedCostCurrency", (String) r[13]),
                            workPackage == null ? null : (String) workPackage[1],
                            photos.getOrDefault(id, 0)));
        }
        rows.sort(
                Comparator.comparing(FindingRow::center)
                        .thenComparing(FindingRow::severity)
                        .thenComparing(FindingRow::id));
        return rows;
    }

    /**
     * The reported cumulative % complete by date of each package of the centers (of all when null),
     * by package id; on a date reported twice, the later report.
     */
    public Map<Long, NavigableMap<LocalDate, BigDecimal>> progressHistory(
            Collection<Long> centerIds) {
        Map<Long, NavigableMap<LocalDate, BigDecimal>> history = new HashMap<>();
        if (centerIds != null && centerIds.isEmpty()) {
            return history;
        }
        var query =
                em.createQuery(
                        "select r.workPackage.id, r.reportDate, r.percentComplete from ProgressReport r"
                                + (centerIds == null
                                        ? ""
                                        : " where r.workPackage.center.id in :ids")
                                + " order by r.reportDate, r.id",
                        Object[].class);
        if (centerIds != null) {
            query.setParameter("ids", centerIds);
        }
        query.getResultStream()
                .forEach(
                        row ->
                                history.computeIfAbsent((Long) row[0], id -> new TreeMap<>())
                                        .put((LocalDate) row[1], (BigDecimal) row[2]));
        return history;
    }

    /**
     * A finding's moves before an instant: when it was logged, and its last status and when it took
     * it.
     */
    private record Moves(Instant logged, FindingStatus status, Instant at) {}

    /**
     * The moves of the centers' findings recorded before an instant, deleted findings' too (read
     * without the entity, which hides them), by finding id.
     */
    private Map<Long, Moves> movesBefore(Instant end, CenterIds centers) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows =
                centers.bind(
                                em.createNativeQuery(
                                        "select t.finding_id, f.center_id, t.to_status,"
                                                + " t.recorded_at from finding_transition t join finding f on f.id = t.finding_id"
                                                + " where t.recorded_at < :end and "
                                                + centers.in("f.center_id")
                                                + " order by t.recorded_at, t.id"))
                        .setParameter("end", end)
                        .unwrap(NativeQuery.class)
                        .addScalar("finding_id", StandardBasicTypes.LONG)
                        .addScalar("center_id", StandardBasicTypes.LONG)
                        .addScalar("to_status", StandardBasicTypes.STRING)
                        .addScalar("recorded_at", StandardBasicTypes.INSTANT)
                        .getResultList();
        Map<Long, Moves> moves = new HashMap<>();
        for (Object[] r : rows) {
            if (!centers.keeps((Long) r[1])) {
                continue;
            }
            Instant at = (Instant) r[3];
            FindingStatus status = FindingStatus.valueOf((String) r[2]);
            moves.merge(
                    (Long) r[0],
                    new Moves(at, status, at),
                    (before, next) -> new Moves(before.logged, status, at));
        }
        return moves;
    }

    /**
     * The number of photos of each of the centers' findings stored before an instant, by finding
     * id.
     */
    private Map<Long, Integer> photosBefore(Instant end, CenterIds centers) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows =
                centers.bind(
                                em.createNativeQuery(
                                        "select p.finding_id, f.center_id, count(*) as photos"
                                                + " from photo p join finding f on f.id = p.finding_id where p.created_at < :end and "
                                                + centers.in("f.center_id")
                                                + " group by p.finding_id, f.center_id"))
                        .setParameter("end", end)
                        .unwrap(NativeQuery.class)
                        .addScalar("finding_id", StandardBasicTypes.LONG)
                        .addScalar("center_id", StandardBasicTypes.LONG)
                        .addScalar("photos", StandardBasicTypes.INTEGER)
                        .getResultList();
        Map<Long, Integer> photos = new HashMap<>();
        for (Object[] r : rows) {
            if (centers.keeps((Long) r[1])) {
                photos.put((Long) r[0], (Integer) r[2]);
            }
        }
        return photos;
    }

    /**
     * Each center's latest evaluation on or before the cut-off date (the later one of a day with
     * two), as recorded at the end of that day: its date and measurements then, by center id. An
     * evaluation recorded after that day is not there.
     */
    public Map<Long, EvaluationRow> latestEvaluations(ReportContext context) {
        Map<Long, EvaluationRow> latest = new HashMap<>();
        evaluations(context.centerIds(), context.asOf())
                .forEach((center, rows) -> latest.put(center, rows.get(rows.size() - 1)));
        return latest;
    }

    /**
     * Every evaluation of the centers as recorded at the end of a date, by center id, in the order
     * of their dates (of a day with two, the later recorded last): its kind, date and measurements
     * then. An evaluation recorded after that day, or dated after it, is not there.
     */
    public Map<Long, List<EvaluationRow>> evaluations(CenterIds centers, AsOf asOf) {
        Map<Long, List<EvaluationRow>> byCenter = new HashMap<>();
        if (centers.isEmpty()) {
            return byCenter;
        }
        RecordedValues.Past then = recorded.at(Evaluation.class, asOf.end(), centers);
        List<Evaluation> evaluations =
                centers.bind(
                                em.createQuery(
                                        "select e from Evaluation e join fetch e.center c"
                                                + " where "
                                                + centers.in("c.id")
                                                + " order by e.id",
                                        Evaluation.class))
                        .getResultList();
        for (Evaluation e : evaluations) {
            long center = e.getCenter().getId();
            LocalDate date = then.date(e.getId(), "evaluationDate", e.getEvaluationDate());
            if (!centers.keeps(center)
                    || then.createdSince(e.getId())
                    || date == null
                    || date.isAfter(asOf.date())) {
                continue;
            }
            byCenter.computeIfAbsent(center, c -> new ArrayList<>())
                    .add(
                            new EvaluationRow(
                                    date,
                                    then.constant(
                                            e.getId(), "kind", EvaluationKind.class, e.getKind()),
                                    measurementsThen(then, e)));
        }
        // Stable: of a day with two, the later recorded stays last.
        byCenter.values().forEach(rows -> rows.sort(Comparator.comparing(EvaluationRow::date)));
        return byCenter;
    }

    /**
     * A copy of an evaluation's measurements as they were then, each field changed since read back.
     */
    private static Measurements measurementsThen(RecordedValues.Past then, Evaluation evaluation) {
        Measurements now = evaluation.getMeasurements();
        Measurements copy = new Measurements();
        try {
            // Declared, not public, fields: Hibernate's enhancement of the application hides them
            // behind accessors, and adds fields of its own, synthetic or named $$_hibernate_….
            for (java.lang.reflect.Field field : Measurements.class.getDeclaredFields()) {
                if (java.lang.reflect.Modifier.isStatic(field.getModifiers())
                        || field.isSynthetic()
                        || field.getName().startsWith("$$")) {
                    continue;
                }
                field.setAccessible(true);
                Object value = field.get(now);
                String name = "measurements." + field.getName();
                if (then.changedSince(evaluation.getId(), name)) {
                    String text = then.text(evaluation.getId(), name, null);
                    value =
                            text == null
                                    ? null
                                    : field.getType() == Integer.class
                                            ? Integer.valueOf(text)
                                            : field.getType() == BigDecimal.class
                                                    ? new BigDecimal(text)
                                                    : field.getType() == Boolean.class
                                                            ? Boolean.valueOf(text)
                                                            : text;
                }
                field.set(copy, value);
            }
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Measurements has a field that cannot be copied", e);
        }
        return copy;
    }
}
