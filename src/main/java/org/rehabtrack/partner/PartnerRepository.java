package org.rehabtrack.partner;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class PartnerRepository implements PanacheRepository<Partner> {

    public Optional<Partner> findByAcronym(String acronym) {
        return find("acronym", acronym).firstResultOptional();
    }

    public List<Partner> listByAcronym() {
        return list("order by acronym");
    }
}
