package org.rehabtrack.works;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.rehabtrack.system.persistence.CenterIds;

@ApplicationScoped
public class ChangeOrderRepository implements PanacheRepository<ChangeOrder> {

    public List<ChangeOrder> of(WorkPackage workPackage) {
        return list("workPackage = ?1 order by id", workPackage);
    }

    /** The sum of each package's approved change orders, by package id. */
    public java.util.Map<Long, Revision> approvedTotals(java.util.Collection<Long> workPackageIds) {
        if (workPackageIds.isEmpty()) {
            return java.util.Map.of();
        }
        return getEntityManager()
                .createQuery(
                        "select c.workPackage.id, sum(c.amount), sum(c.days) from ChangeOrder c"
                                + " where c.workPackage.id in ?1 and c.status = ?2 group by c.workPackage.id",
                        Object[].class)
                .setParameter(1, workPackageIds)
                .setParameter(2, ChangeOrderStatus.APPROVED)
                .getResultList()
                .stream()
                .collect(
                        java.util.stream.Collectors.toMap(
                                row -> (Long) row[0],
                                row ->
                                        new Revision(
                                                (java.math.BigDecimal) row[1],
                                                ((Number) row[2]).longValue())));
    }

    /**
     * The sum of the approved change orders of several centers' packages, by package id, in one
     * query.
     */
    public java.util.Map<Long, Revision> approvedTotalsOfCenters(CenterIds centers) {
        return approvedTotalsOfCenters(centers, null);
    }

    /**
     * What the change orders of the centers' packages approved on or before a date (ever, when
     * null) add up to, by package id.
     */
    public java.util.Map<Long, Revision> approvedTotalsOfCenters(
            CenterIds centers, java.time.LocalDate upTo) {
        if (centers.isEmpty()) {
            return java.util.Map.of();
        }
        var query =
                centers.bind(
                                getEntityManager()
                                        .createQuery(
                                                "select c.workPackage.center.id, c.workPackage.id, sum(c.amount), sum(c.days)"
                                                        + " from ChangeOrder c where "
                                                        + centers.in("c.workPackage.center.id")
                                                        + " and c.status = :approved"
                                                        + (upTo == null
                                                                ? ""
                                                                : " and c.decidedOn <= :upTo")
                                                        + " group by c.workPackage.center.id, c.workPackage.id",
                                                Object[].class))
                        .setParameter("approved", ChangeOrderStatus.APPROVED);
        if (upTo != null) {
            query.setParameter("upTo", upTo);
        }
        return query.getResultList().stream()
                .filter(row -> centers.keeps((Long) row[0]))
                .collect(
                        java.util.stream.Collectors.toMap(
                                row -> (Long) row[1],
                                row ->
                                        new Revision(
                                                (java.math.BigDecimal) row[2],
                                                ((Number) row[3]).longValue())));
    }

    public Optional<ChangeOrder> findWithPackage(long id) {
        return find(
                        "from ChangeOrder c join fetch c.workPackage w join fetch w.center where c.id = ?1",
                        id)
                .firstResultOptional();
    }
}
