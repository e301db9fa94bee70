package org.rehabtrack.funding;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.rehabtrack.center.Center;
import org.rehabtrack.system.persistence.CenterIds;

@ApplicationScoped
public class BudgetAllocationRepository implements PanacheRepository<BudgetAllocation> {

    public List<BudgetAllocation> of(FundingSource source) {
        return list(
                "from BudgetAllocation a join fetch a.center where a.fundingSource = ?1 order by a.center.code, a.category",
                source);
    }

    /** The allocations of many sources in one query, by source id. */
    public Map<Long, List<BudgetAllocation>> of(Collection<FundingSource> sources) {
        if (sources.isEmpty()) {
            return Map.of();
        }
        return list(
                        "from BudgetAllocation a join fetch a.center where a.fundingSource in ?1"
                                + " order by a.center.code, a.category",
                        sources)
                .stream()
                .collect(Collectors.groupingBy(a -> a.getFundingSource().getId()));
    }

    /**
     * The grants that allocate money to each of the centers, with their donors, by center id, in
     * the order of their codes: one query.
     */
    public Map<Long, List<FundingSource>> grantsOf(CenterIds centers) {
        Map<Long, List<FundingSource>> grants = new HashMap<>();
        if (centers.isEmpty()) {
            return grants;
        }
        centers.bind(
                        getEntityManager()
                                .createQuery(
                                        "select distinct a.center.id, f, f.code from BudgetAllocation a"
                                                + " join a.fundingSource f join fetch f.donor where "
                                                + centers.in("a.center.id")
                                                + " order by f.code",
                                        Object[].class))
                .getResultStream()
                .filter(row -> centers.keeps((Long) row[0]))
                .forEach(
                        row ->
                                grants.computeIfAbsent((Long) row[0], id -> new ArrayList<>())
                                        .add((FundingSource) row[1]));
        return grants;
    }

    public List<BudgetAllocation> of(Center center) {
        return list(
                "from BudgetAllocation a join fetch a.fundingSource f join fetch f.donor where a.center = ?1"
                        + " order by f.code, a.category",
                center);
    }

    /** The centers a source allocates money to, by code. */
    public List<Center> centersFundedBy(FundingSource source) {
        return getEntityManager()
                .createQuery(
                        "select distinct a.center from BudgetAllocation a"
                                + " where a.fundingSource = ?1",
                        Center.class)
                .setParameter(1, source)
                .getResultList()
                .stream()
                .sorted(java.util.Comparator.comparing(Center::getCode))
                .toList();
    }

    /** Whether a source allocates money to a center. */
    public boolean funds(FundingSource source, Center center) {
        return count("fundingSource = ?1 and center = ?2", source, center) > 0;
    }

    public boolean exists(FundingSource source, Center center, BudgetCategory category) {
        return count(
                        "fundingSource = ?1 and center = ?2 and category = ?3",
                        source,
                        center,
                        category)
                > 0;
    }

    /** What a source has allocated in all, in its currency. */
    public BigDecimal allocated(FundingSource source) {
        BigDecimal sum =
                getEntityManager()
                        .createQuery(
                                "select coalesce(sum(a.amount), 0) from BudgetAllocation a where a.fundingSource = ?1",
                                BigDecimal.class)
                        .setParameter(1, source)
                        .getSingleResult();
        return sum.setScale(2);
    }

    /** What a source has allocated to one center, in its currency. */
    public BigDecimal allocated(FundingSource source, Center center) {
        BigDecimal sum =
                getEntityManager()
                        .createQuery(
                                "select coalesce(sum(a.amount), 0) from BudgetAllocation a"
                                        + " where a.fundingSource = ?1 and a.center = ?2",
                                BigDecimal.class)
                        .setParameter(1, source)
                        .setParameter(2, center)
                        .getSingleResult();
        return sum.setScale(2);
    }
}
