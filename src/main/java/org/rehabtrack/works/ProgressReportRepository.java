package org.rehabtrack.works;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rehabtrack.system.persistence.CenterIds;

@ApplicationScoped
public class ProgressReportRepository implements PanacheRepository<ProgressReport> {

    public List<ProgressReport> of(WorkPackage workPackage) {
        return list("workPackage = ?1 order by reportDate, id", workPackage);
    }

    /** Each package's cumulative % complete as last reported on or before a date, by package id. */
    public java.util.Map<Long, java.math.BigDecimal> percentOn(
            java.util.Collection<Long> workPackageIds, java.time.LocalDate date) {
        java.util.Map<Long, java.math.BigDecimal> percent = new java.util.HashMap<>();
        if (workPackageIds.isEmpty()) {
            return percent;
        }
        getEntityManager()
                .createQuery(
                        "select r.workPackage.id, r.percentComplete from ProgressReport r"
                                + " where r.workPackage.id in ?1 and r.reportDate <= ?2 order by r.reportDate, r.id",
                        Object[].class)
                .setParameter(1, workPackageIds)
                .setParameter(2, date)
                .getResultList()
                .forEach(row -> percent.put((Long) row[0], (java.math.BigDecimal) row[1]));
        return percent;
    }

    public Optional<ProgressReport> last(WorkPackage workPackage) {
        return find("workPackage = ?1 order by reportDate desc, id desc", workPackage)
                .firstResultOptional();
    }

    /**
     * The cumulative % complete each of the centers' packages last reported on or before a date
     * (the later report of a day reported twice), by package id.
     */
    public Map<Long, BigDecimal> percentOn(CenterIds centers, LocalDate date) {
        Map<Long, BigDecimal> percent = new HashMap<>();
        centers.bind(
                        getEntityManager()
                                .createNativeQuery(
                                        "select center_id, work_package_id, percent_complete from ("
                                                + " select w.center_id, r.work_package_id, r.percent_complete, row_number() over"
                                                + " (partition by r.work_package_id order by r.report_date desc, r.id desc) as latest"
                                                + " from progress_report r join work_package w on w.id = r.work_package_id"
                                                + " where "
                                                + centers.in("w.center_id")
                                                + " and r.report_date <= :date) reported"
                                                + " where latest = 1"))
                .setParameter("date", date)
                .getResultStream()
                .forEach(
                        row -> {
                            Object[] r = (Object[]) row;
                            if (centers.keeps(((Number) r[0]).longValue())) {
                                percent.put(((Number) r[1]).longValue(), (BigDecimal) r[2]);
                            }
                        });
        return percent;
    }
}
