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
import org.rehabtrack.center.Center;

/** The flat rows the reports read: one query each, never an entity graph. */
@ApplicationScoped
public class ReportQueries {

    private final EntityManager em;

    ReportQueries(EntityManager em) {
        this.em = em;
    }

    /** The allocations of the centers, of one funding source or all. */
    public List<AllocationRow> allocations(List<Center> centers, String fundingSource) {
        return em.createQuery("select new org.rehabtrack.report.AllocationRow(c.code, a.category, f.code, a.amount,"
                + " f.currency) from BudgetAllocation a join a.center c join a.fundingSource f"
                + " where c in :centers and (:source is null or f.code = :source)"
                + " order by c.code, a.category, f.code", AllocationRow.class)
                .setParameter("centers", centers)
                .setParameter("source", fundingSource)
                .getResultList();
    }

    /**
     * The contracts of the centers' packages not cancelled, of one funding source or all, with
     * their approved change orders: what each budget line has committed.
     */
    public List<CommitmentRow> commitments(List<Center> centers, String fundingSource) {
        return em.createQuery("select new org.rehabtrack.report.CommitmentRow(c.code, w.category, f.code,"
                + " w.contractAmount, w.contractCurrency, (select coalesce(sum(o.amount), 0) from ChangeOrder o"
                + " where o.workPackage = w and o.status = org.rehabtrack.works.ChangeOrderStatus.APPROVED))"
                + " from WorkPackage w join w.center c left join w.fundingSource f"
                + " where c in :centers and w.contractAmount is not null"
                + " and w.status <> org.rehabtrack.works.WorkPackageStatus.CANCELLED"
                + " and (:source is null or f.code = :source)"
                + " order by c.code, w.code", CommitmentRow.class)
                .setParameter("centers", centers)
                .setParameter("source", fundingSource)
                .getResultList();
    }

    /** The payments of the centers up to a date, of one funding source or all, oldest first. */
    public List<PaymentRow> payments(List<Center> centers, String fundingSource, LocalDate upTo) {
        return em.createQuery("select new org.rehabtrack.report.PaymentRow(e.paymentDate, c.code, w.code, f.code,"
                + " e.category, e.reference, e.amount, e.currency, e.unitsPerUsd, r.rateDate, e.usdAmount)"
                + " from Expenditure e join e.center c join e.workPackage w join e.fundingSource f"
                + " left join ExchangeRate r on r.id = e.exchangeRateId"
                + " where c in :centers and (:source is null or f.code = :source) and e.paymentDate <= :upTo"
                + " order by e.paymentDate, e.id", PaymentRow.class)
                .setParameter("centers", centers)
                .setParameter("source", fundingSource)
                .setParameter("upTo", upTo)
                .getResultList();
    }

    /**
     * Every finding of the centers, by center, most severe first; with a funding source, not those
     * addressed by works charged to another.
     */
    public List<FindingRow> findings(List<Center> centers, String fundingSource) {
        return em.createQuery("select new org.rehabtrack.report.FindingRow(c.code, e.evaluationDate, f.category,"
                + " f.severity, f.status, f.title, f.location, f.estimatedCostAmount, f.estimatedCostCurrency, w.code)"
                + " from Finding f join f.center c join f.evaluation e"
                + " left join WorkPackage w on w.id = f.workPackageId left join w.fundingSource ws"
                + " where c in :centers and (:source is null or ws.id is null or ws.code = :source)"
                + " order by c.code, case f.severity when org.rehabtrack.finding.Severity.CRITICAL then 0"
                + " when org.rehabtrack.finding.Severity.HIGH then 1 when org.rehabtrack.finding.Severity.MEDIUM then 2"
                + " else 3 end, f.id", FindingRow.class)
                .setParameter("centers", centers)
                .setParameter("source", fundingSource)
                .getResultList();
    }

    /** Each package's reported cumulative % complete by date; on a date reported twice, the later report. */
    public Map<Long, NavigableMap<LocalDate, BigDecimal>> progressHistory(Collection<Long> packageIds) {
        Map<Long, NavigableMap<LocalDate, BigDecimal>> history = new HashMap<>();
        if (packageIds.isEmpty()) {
            return history;
        }
        em.createQuery("select r.workPackage.id, r.reportDate, r.percentComplete from ProgressReport r"
                + " where r.workPackage.id in :ids order by r.reportDate, r.id", Object[].class)
                .setParameter("ids", packageIds)
                .getResultStream()
                .forEach(row -> history.computeIfAbsent((Long) row[0], id -> new TreeMap<>())
                        .put((LocalDate) row[1], (BigDecimal) row[2]));
        return history;
    }
}
