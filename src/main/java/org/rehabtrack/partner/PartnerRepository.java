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

    /**
     * What changes whenever a partner is added or changed: how many there are, the newest id and
     * the sum of their versions: any insert, update or delete moves one of them.
     */
    public String stamp() {
        Object[] row =
                getEntityManager()
                        .createQuery(
                                "select count(p), max(p.id), coalesce(sum(p.version), 0)"
                                        + " from Partner p",
                                Object[].class)
                        .getSingleResult();
        return row[0] + ":" + row[1] + ":" + row[2];
    }

    public List<Partner> listByAcronym() {
        return list("order by acronym");
    }
}
