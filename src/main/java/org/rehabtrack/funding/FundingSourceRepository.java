package org.rehabtrack.funding;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class FundingSourceRepository implements PanacheRepository<FundingSource> {

    public Optional<FundingSource> findByCode(String code) {
        return find("from FundingSource f join fetch f.donor where f.code = ?1", code)
                .firstResultOptional();
    }

    public List<FundingSource> listByCode() {
        return list("from FundingSource f join fetch f.donor order by f.code");
    }
}
