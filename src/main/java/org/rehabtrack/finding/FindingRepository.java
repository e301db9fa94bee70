package org.rehabtrack.finding;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rehabtrack.center.Center;
import org.rehabtrack.system.persistence.CenterIds;

@ApplicationScoped
public class FindingRepository implements PanacheRepository<Finding> {

    private static final String SEVERITY_ORDER =
            "case f.severity"
                    + " when org.rehabtrack.finding.Severity.CRITICAL then 0"
                    + " when org.rehabtrack.finding.Severity.HIGH then 1"
                    + " when org.rehabtrack.finding.Severity.MEDIUM then 2 else 3 end";

    /** A finding filter: any of the three may be null. */
    public record Filter(FindingStatus status, Severity severity, FindingCategory category) {}

    public Optional<Finding> findWithCenter(long id) {
        return find(
                        "from Finding f join fetch f.center join fetch f.evaluation where f.id = ?1",
                        id)
                .firstResultOptional();
    }

    /**
     * Locks a finding's row until the transaction ends (waiting for one that deletes or changes
     * it), then tells whether the finding is still there. A photo is added and a finding deleted
     * each under this lock, so a photo never outlives its finding: the one that comes second sees
     * what the first committed.
     */
    public boolean lockIfNotDeleted(long id) {
        var em = getEntityManager();
        if (em.createNativeQuery("select id from finding where id = :id for update")
                .setParameter("id", id)
                .getResultList()
                .isEmpty()) {
            return false;
        }
        Object deleted =
                em.createNativeQuery("select deleted from finding where id = :id")
                        .setParameter("id", id)
                        .getSingleResult();
        return !Boolean.TRUE.equals(deleted);
    }

    /** The findings a works package addresses. */
    public List<Finding> addressedBy(long workPackageId) {
        return list("workPackageId = ?1 order by id", workPackageId);
    }

    /**
     * The ids of the findings addressed by each package of several centers, by package id, in one
     * query.
     */
    public java.util.Map<Long, List<Long>> idsByWorkPackageOfCenters(CenterIds centers) {
        if (centers.isEmpty()) {
            return java.util.Map.of();
        }
        return centers
                .bind(
                        getEntityManager()
                                .createQuery(
                                        "select f.center.id, f.workPackageId, f.id from Finding f where f.workPackageId is not null"
                                                + " and "
                                                + centers.in("f.center.id")
                                                + " order by f.id",
                                        Object[].class))
                .getResultList()
                .stream()
                .filter(row -> centers.keeps((Long) row[0]))
                .collect(
                        java.util.stream.Collectors.groupingBy(
                                row -> (Long) row[1],
                                java.util.stream.Collectors.mapping(
                                        row -> (Long) row[2],
                                        java.util.stream.Collectors.toList())));
    }

    /** One page of a center's findings, most severe first, then oldest first. */
    public List<Finding> page(Center center, Filter filter, int pageIndex, int pageSize) {
        Query query = query(center, filter);
        return find(
                        "from Finding f join fetch f.center join fetch f.evaluation where "
                                + query.where
                                + " order by "
                                + SEVERITY_ORDER
                                + ", f.id",
                        query.params)
                .page(Page.of(pageIndex, pageSize))
                .list();
    }

    public long count(Center center, Filter filter) {
        Query query = query(center, filter);
        return count("from Finding f where " + query.where, query.params);
    }

    private record Query(String where, Parameters params) {}

    private static Query query(Center center, Filter filter) {
        List<String> where = new ArrayList<>(List.of("f.center = :center"));
        Parameters params = Parameters.with("center", center);
        if (filter.status() != null) {
            where.add("f.status = :status");
            params.and("status", filter.status());
        }
        if (filter.severity() != null) {
            where.add("f.severity = :severity");
            params.and("severity", filter.severity());
        }
        if (filter.category() != null) {
            where.add("f.category = :category");
            params.and("category", filter.category());
        }
        return new Query(String.join(" and ", where), params);
    }

    /**
     * Open findings (open or planned) of some centers counted by center id and severity, in one
     * query.
     */
    public java.util.Map<Long, java.util.Map<Severity, Integer>> openBySeverity(CenterIds centers) {
        java.util.Map<Long, java.util.Map<Severity, Integer>> counts = new java.util.HashMap<>();
        if (centers.isEmpty()) {
            return counts;
        }
        centers
                .bind(
                        getEntityManager()
                                .createQuery(
                                        "select f.center.id, f.severity, count(f) from Finding f"
                                                + " where f.status in :open and "
                                                + centers.in("f.center.id")
                                                + " group by f.center.id, f.severity",
                                        Object[].class)
                                .setParameter(
                                        "open",
                                        java.util.List.of(
                                                FindingStatus.OPEN, FindingStatus.PLANNED)))
                .getResultList()
                .stream()
                .filter(row -> centers.keeps((Long) row[0]))
                .forEach(
                        row ->
                                counts.computeIfAbsent(
                                                (Long) row[0],
                                                id -> new java.util.EnumMap<>(Severity.class))
                                        .put((Severity) row[1], ((Number) row[2]).intValue()));
        return counts;
    }
}
