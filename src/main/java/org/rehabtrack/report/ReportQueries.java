package org.rehabtrack.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.rehabtrack.center.Center;

/** The flat rows the reports read: one query each, never an entity graph. */
@ApplicationScoped
public class ReportQueries {

    private final EntityManager em;

    ReportQueries(EntityManager em) {
        this.em = em;
    }

    /** Every finding of the centers, by center, most severe first. */
    public List<FindingRow> findings(List<Center> centers) {
        return em.createQuery("select new org.rehabtrack.report.FindingRow(c.code, e.evaluationDate, f.category,"
                + " f.severity, f.status, f.title, f.location, f.estimatedCostAmount, f.estimatedCostCurrency, w.code)"
                + " from Finding f join f.center c join f.evaluation e"
                + " left join WorkPackage w on w.id = f.workPackageId"
                + " where c in :centers"
                + " order by c.code, case f.severity when org.rehabtrack.finding.Severity.CRITICAL then 0"
                + " when org.rehabtrack.finding.Severity.HIGH then 1 when org.rehabtrack.finding.Severity.MEDIUM then 2"
                + " else 3 end, f.id", FindingRow.class)
                .setParameter("centers", centers)
                .getResultList();
    }
}
