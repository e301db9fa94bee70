package org.rehabtrack.center;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
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

    /** One page of centers, in code order, optionally in one phase; their institutions fetched in the same query. */
    public List<Center> page(Phase phase, int pageIndex, int pageSize) {
        String where = phase == null ? "" : " where c.phase = :phase";
        Parameters params = phase == null ? new Parameters() : Parameters.with("phase", phase);
        return find("from Center c left join fetch c.administeringInstitution" + where + " order by c.code", params)
                .page(Page.of(pageIndex, pageSize))
                .list();
    }

    public long count(Phase phase) {
        return phase == null ? count() : count("phase", phase);
    }
}
