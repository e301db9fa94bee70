package org.rehabtrack.funding;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.rehabtrack.security.VisibilityScope;

@ApplicationScoped
public class FundingSourceRepository implements PanacheRepository<FundingSource> {

    public Optional<FundingSource> findByCode(String code) {
        return find("from FundingSource f join fetch f.donor where f.code = ?1", code)
                .firstResultOptional();
    }

    /** The grant of this code if the reader may see it as a record (a donor: its own grants). */
    public Optional<FundingSource> findSeenBy(String code, VisibilityScope scope) {
        return findByCode(code).filter(f -> scope.seesGrantOf(f.getDonor().getId()));
    }

    public List<FundingSource> listByCode() {
        return list("from FundingSource f join fetch f.donor order by f.code");
    }
}
