package org.rehabtrack.partnership;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

@ApplicationScoped
public class CommitmentRepository implements PanacheRepository<Commitment> {

    public Optional<Commitment> findWithAgreement(long id) {
        return find(
                        "from Commitment c join fetch c.agreement a join fetch a.center join fetch c.partner"
                                + " where c.id = ?1",
                        id)
                .firstResultOptional();
    }

    public List<Commitment> of(Agreement agreement) {
        return find(
                        "from Commitment c join fetch c.partner where c.agreement = ?1 order by c.dueDate nulls last, c.id",
                        agreement)
                .list();
    }

    /** The commitments of many agreements in one query, by agreement id. */
    public Map<Long, List<Commitment>> of(Collection<Agreement> agreements) {
        if (agreements.isEmpty()) {
            return Map.of();
        }
        return find(
                        "from Commitment c join fetch c.partner where c.agreement in ?1 order by c.dueDate nulls last, c.id",
                        agreements)
                .list()
                .stream()
                .collect(Collectors.groupingBy(c -> c.getAgreement().getId()));
    }
}
