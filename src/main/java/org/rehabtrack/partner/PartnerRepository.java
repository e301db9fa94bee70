package org.rehabtrack.partner;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.rehabtrack.system.persistence.TableStamp;

@ApplicationScoped
public class PartnerRepository implements PanacheRepository<Partner> {

    public Optional<Partner> findByAcronym(String acronym) {
        return find("acronym", acronym).firstResultOptional();
    }

    /** What changes whenever a partner is added, changed or removed ({@link TableStamp}). */
    public String stamp() {
        return TableStamp.of(getEntityManager(), Partner.class);
    }

    public List<Partner> listByAcronym() {
        return list("order by acronym");
    }
}
