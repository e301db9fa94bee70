package org.rehabtrack.center;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.rehabtrack.system.problem.ApiException;

@ApplicationScoped
public class CenterRepository implements PanacheRepository<Center> {

    public Optional<Center> findByCode(String code) {
        return find("from Center c left join fetch c.administeringInstitution where c.code = ?1", code)
                .firstResultOptional();
    }

    /** The center with this code; a 404 problem when there is none. */
    public Center require(String code) {
        return findByCode(code).orElseThrow(() -> ApiException.notFound("center.notFound", code));
    }

    /**
     * One page of centers, in code order, optionally in one phase and among some ids; their
     * institutions fetched in the same query.
     */
    public List<Center> page(Phase phase, Optional<Set<Long>> only, int pageIndex, int pageSize) {
        Parameters params = new Parameters();
        return find("from Center c left join fetch c.administeringInstitution" + where(phase, only, params)
                + " order by c.code", params)
                .page(Page.of(pageIndex, pageSize))
                .list();
    }

    public long count(Phase phase, Optional<Set<Long>> only) {
        Parameters params = new Parameters();
        return count("from Center c" + where(phase, only, params), params);
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
