package org.rehabtrack.partnership;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.rehabtrack.center.Center;

@ApplicationScoped
public class AgreementRepository implements PanacheRepository<Agreement> {

    /**
     * The agreement with its center and parties. Read whole (no row limit): a limit on a query that
     * fetches a collection is applied in memory, with a warning for every read.
     */
    public Optional<Agreement> findWithCenter(long id) {
        return find(
                        "select distinct a from Agreement a join fetch a.center left join fetch a.parties"
                                + " where a.id = ?1",
                        id)
                .singleResultOptional();
    }

    public List<Agreement> forCenter(Center center) {
        return find(
                        "select distinct a from Agreement a join fetch a.center left join fetch a.parties"
                                + " where a.center = ?1 order by a.id",
                        center)
                .list();
    }
}
