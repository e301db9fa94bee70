package org.rehabtrack.works;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class ProgressReportRepository implements PanacheRepository<ProgressReport> {

    public List<ProgressReport> of(WorkPackage workPackage) {
        return list("workPackage = ?1 order by reportDate, id", workPackage);
    }

    /** Each package's cumulative % complete as last reported on or before a date, by package id. */
    public java.util.Map<Long, java.math.BigDecimal> percentOn(java.util.Collection<Long> workPackageIds,
            java.time.LocalDate date) {
        java.util.Map<Long, java.math.BigDecimal> percent = new java.util.HashMap<>();
        if (workPackageIds.isEmpty()) {
            return percent;
        }
        getEntityManager()
                .createQuery("select r.workPackage.id, r.percentComplete from ProgressReport r"
                        + " where r.workPackage.id in ?1 and r.reportDate <= ?2 order by r.reportDate, r.id",
                        Object[].class)
                .setParameter(1, workPackageIds)
                .setParameter(2, date)
                .getResultList()
                .forEach(row -> percent.put((Long) row[0], (java.math.BigDecimal) row[1]));
        return percent;
    }

    public Optional<ProgressReport> last(WorkPackage workPackage) {
        return find("workPackage = ?1 order by reportDate desc, id desc", workPackage).firstResultOptional();
    }
}
