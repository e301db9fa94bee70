package org.rehabtrack.center;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.rehabtrack.system.Refusal;

@ApplicationScoped
public class CenterRepository implements PanacheRepository<Center> {

    /** Each center's {@link CenterStamp}, to which a condition and an order are added. */
    private static final String STAMPS =
            "select new org.rehabtrack.center.CenterStamp(c.id, c.version, c.dataVersion, i.version)"
                    + " from Center c left join c.administeringInstitution i";

    public Optional<Center> findByCode(String code) {
        return find(
                        "from Center c left join fetch c.administeringInstitution where c.code = ?1",
                        code)
                .firstResultOptional();
    }

    /** The center with this code; a 404 problem when there is none. */
    public Center require(String code) {
        return findByCode(code).orElseThrow(() -> Refusal.notFound("center.notFound", code));
    }

    /**
     * What shows whether each center of a page changed: one page of centers, in code order,
     * optionally in one phase and among some ids.
     */
    public List<CenterStamp> pageStamps(
            Phase phase, Optional<Set<Long>> only, int pageIndex, int pageSize) {
        Parameters params = new Parameters();
        return query(
                        STAMPS + where(phase, only, params) + " order by c.code",
                        CenterStamp.class,
                        params)
                .setFirstResult(pageIndex * pageSize)
                .setMaxResults(pageSize)
                .getResultList();
    }

    /** What shows whether each center changed: every center, optionally among some ids. */
    public List<CenterStamp> stamps(Optional<Set<Long>> only) {
        Parameters params = new Parameters();
        return query(STAMPS + where(null, only, params), CenterStamp.class, params).getResultList();
    }

    /**
     * Raises the center's data version within the caller's transaction, as the audit trail does for
     * the records it sees.
     */
    public void raiseDataVersion(long id) {
        getEntityManager()
                .createNativeQuery(
                        "update center set data_version = data_version + 1 where id = ?1")
                .setParameter(1, id)
                .executeUpdate();
    }

    /** The centers with these ids, their institutions fetched in the same query; in no order. */
    public List<Center> withInstitutions(Collection<Long> ids) {
        return ids.isEmpty()
                ? List.of()
                : list(
                        "from Center c left join fetch c.administeringInstitution where c.id in ?1",
                        ids);
    }

    /**
     * How many centers the pages hold. A count query of its own, which Hibernate translates to SQL
     * once; Panache's count derives a new query from a select on every call.
     */
    public long count(Phase phase, Optional<Set<Long>> only) {
        Parameters params = new Parameters();
        return query(
                        "select count(c) from Center c" + where(phase, only, params),
                        Long.class,
                        params)
                .getSingleResult();
    }

    /** A query of the given result type with the parameters {@link #where} set out. */
    private <T> TypedQuery<T> query(String hql, Class<T> type, Parameters params) {
        TypedQuery<T> query = getEntityManager().createQuery(hql, type);
        params.map().forEach(query::setParameter);
        return query;
    }

    private static String where(Phase phase, Optional<Set<Long>> only, Parameters params) {
        List<String> conditions = new java.util.ArrayList<>();
        if (phase != null) {
            conditions.add("c.phase = :phase");
            params.and("phase", phase);
        }
        if (only.isPresent()) {
            conditions.add(only.get().isEmpty() ? "1 = 0" : "c.id in :ids");
            if (!only.get().isEmpty()) {
                params.and("ids", only.get());
            }
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }
}
