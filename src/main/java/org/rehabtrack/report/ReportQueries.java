package org.rehabtrack.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.hibernate.jpa.HibernateHints;
import org.rehabtrack.audit.RecordedValues;
import org.rehabtrack.budget.BudgetAllocation;
import org.rehabtrack.budget.BudgetCategory;
import org.rehabtrack.center.Center;
import org.rehabtrack.system.AsOf;
import org.rehabtrack.system.persistence.CenterIds;
import org.rehabtrack.works.WorkPackageStatus;
import org.rehabtrack.works.WorkPackagesAsOf;

/** The flat rows the reports read: one query each, never an entity graph. */
@ApplicationScoped
public class ReportQueries {

    /** Rows the database hands over at a time when a report streams them. */
    private static final int FETCH_SIZE = 1_000;

    private final EntityManager em;
    private final RecordedValues recorded;
    private final WorkPackagesAsOf workPackages;

    ReportQueries(EntityManager em, RecordedValues recorded, WorkPackagesAsOf workPackages) {
        this.em = em;
        this.recorded = recorded;
        this.workPackages = workPackages;
    }

    private static CenterIds ids(ReportContext context) {
        return CenterIds.of(context.centers().stream().map(Center::getId).toList());
    }

    /**
     * The allocations of the centers, of one funding source or all, as they stood at the cut-off
     * date: those recorded by its end, of the amounts then.
     */
    public List<AllocationRow> allocations(ReportContext context) {
        AsOf asOf = context.asOf();
        List<Object[]> rows = among(context, "c", "select a.id, c.code, a.category, f.code, a.amount, f.currency"
                + " from BudgetAllocation a join a.center c join a.fundingSource f"
                + " where (:source is null or f.code = :source)" + CENTERS
                + " order by c.code, a.category, f.code", Object[].class)
                .setParameter("source", context.fundingSource())
                .getResultList();
        RecordedValues.Past past = asOf.current() ? null : recorded.at(BudgetAllocation.class, asOf.end(), ids(context));
        return rows.stream()
                .filter(r -> past == null || !past.createdSince((Long) r[0]))
                .map(r -> new AllocationRow((String) r[1], (BudgetCategory) r[2], (String) r[3],
                        past == null ? (BigDecimal) r[4] : past.decimal((Long) r[0], "amount", (BigDecimal) r[4]),
                        (String) r[5]))
                .toList();
    }

    /**
     * The contracts of the centers' packages not cancelled at the cut-off date, of one funding source
     * or all, with the change orders approved by then: what each budget line had committed
     * ({@link WorkPackagesAsOf}).
     */
    public List<CommitmentRow> commitments(ReportContext context) {
        return workPackages.of(context.centers(), context.asOf()).stream()
                .filter(p -> p.contractAmount() != null && p.status() != WorkPackageStatus.CANCELLED)
                .filter(p -> context.fundingSource() == null || context.fundingSource().equals(p.fundingSource()))
                .map(p -> new CommitmentRow(p.center(), p.category(), p.fundingSource(), p.contractAmount().amount(),
                        p.contractAmount().currency(),
                        p.revisedContractAmount().amount().subtract(p.contractAmount().amount())))
                .toList();
    }

    /**
     * The payments of the centers from a date (or the first) to another, of one funding source or
     * all, oldest first, streamed: the caller closes the stream, within a transaction so that the
     * database hands the rows over in batches. The payments are read alone, in the order of their
     * index, and the codes they refer to are looked up in maps read beforehand: joined to their
     * center, package, grant and rate, the database sorted a million rows.
     */
    public Stream<PaymentRow> payments(ReportContext context, LocalDate from, LocalDate upTo) {
        Map<Long, String> centers = new HashMap<>();
        context.centers().forEach(c -> centers.put(c.getId(), c.getCode()));
        Map<Long, String> packages = codes(among(context, "w.center",
                "select w.id, w.code from WorkPackage w where 1 = 1" + CENTERS, Object[].class));
        Map<Long, String> sources = codes(em.createQuery("select f.id, f.code from FundingSource f", Object[].class));
        Map<Long, LocalDate> rateDates = new HashMap<>();
        em.createQuery("select r.id, r.rateDate from ExchangeRate r", Object[].class).getResultStream()
                .forEach(r -> rateDates.put((Long) r[0], (LocalDate) r[1]));
        var query = among(context, "e.center", "select e.paymentDate, e.center.id, e.workPackage.id,"
                + " e.fundingSource.id, e.category, e.reference, e.amount, e.currency, e.unitsPerUsd, e.exchangeRateId,"
                + " e.usdAmount from Expenditure e where e.paymentDate <= :upTo" + CENTERS
                + (context.fundingSource() == null ? "" : " and e.fundingSource.code = :source")
                + (from == null ? "" : " and e.paymentDate >= :from") + " order by e.paymentDate, e.id",
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
        return query.getResultStream().map(r -> new PaymentRow((LocalDate) r[0], centers.get((Long) r[1]),
                packages.get((Long) r[2]), sources.get((Long) r[3]), (org.rehabtrack.budget.BudgetCategory) r[4],
                (String) r[5], (BigDecimal) r[6], (String) r[7], (BigDecimal) r[8],
                r[9] == null ? null : rateDates.get((Long) r[9]), (BigDecimal) r[10]));
    }

    /** Where a query with {@link #among} puts its condition on the centers. */
    private static final String CENTERS = " {centers}";

    /**
     * A query of the report's centers: the condition {@code alias.id in :ids} where {@link #CENTERS}
     * stands, or none when the report covers every center, for H2 checks a list of hundreds of
     * parameters row by row.
     */
    private <T> jakarta.persistence.TypedQuery<T> among(ReportContext context, String alias, String query,
            Class<T> type) {
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
     * The dollars paid by center, category and funding source up to the status date but outside the
     * period the report lists (before its first day, or after its last): with the period's own
     * payments, counted as they are listed, what was spent to date.
     */
    public List<PaidRow> paidOutside(ReportContext context, LocalDate from, LocalDate upTo, LocalDate statusDate) {
        var query = among(context, "c", "select new org.rehabtrack.report.PaidRow(c.code, e.category, f.code,"
                + " sum(e.usdAmount)) from Expenditure e join e.center c join e.fundingSource f"
                + " where (:source is null or f.code = :source) and e.paymentDate <= :statusDate" + CENTERS
                + " and (" + (from == null ? "" : "e.paymentDate < :from or ") + "e.paymentDate > :upTo)"
                + " group by c.code, e.category, f.code", PaidRow.class)
                .setParameter("source", context.fundingSource())
                .setParameter("statusDate", statusDate)
                .setParameter("upTo", upTo);
        if (from != null) {
            query.setParameter("from", from);
        }
        return query.getResultList();
    }

    /**
     * Every finding of the centers, by center, most severe first; with a funding source, not those
     * addressed by works charged to another.
     */
    public List<FindingRow> findings(ReportContext context) {
        return among(context, "c", "select new org.rehabtrack.report.FindingRow(c.code, e.evaluationDate, f.category,"
                + " f.severity, f.status, f.title, f.location, f.estimatedCostAmount, f.estimatedCostCurrency, w.code)"
                + " from Finding f join f.center c join f.evaluation e"
                + " left join WorkPackage w on w.id = f.workPackageId left join w.fundingSource ws"
                + " where (:source is null or ws.id is null or ws.code = :source)" + CENTERS
                + " order by c.code, case f.severity when org.rehabtrack.finding.Severity.CRITICAL then 0"
                + " when org.rehabtrack.finding.Severity.HIGH then 1 when org.rehabtrack.finding.Severity.MEDIUM then 2"
                + " else 3 end, f.id", FindingRow.class)
                .setParameter("source", context.fundingSource())
                .getResultList();
    }

    /**
     * The reported cumulative % complete by date of each package of the centers (of all when null),
     * by package id; on a date reported twice, the later report.
     */
    public Map<Long, NavigableMap<LocalDate, BigDecimal>> progressHistory(Collection<Long> centerIds) {
        Map<Long, NavigableMap<LocalDate, BigDecimal>> history = new HashMap<>();
        if (centerIds != null && centerIds.isEmpty()) {
            return history;
        }
        var query = em.createQuery("select r.workPackage.id, r.reportDate, r.percentComplete from ProgressReport r"
                + (centerIds == null ? "" : " where r.workPackage.center.id in :ids") + " order by r.reportDate, r.id",
                Object[].class);
        if (centerIds != null) {
            query.setParameter("ids", centerIds);
        }
        query
                .getResultStream()
                .forEach(row -> history.computeIfAbsent((Long) row[0], id -> new TreeMap<>())
                        .put((LocalDate) row[1], (BigDecimal) row[2]));
        return history;
    }
}
