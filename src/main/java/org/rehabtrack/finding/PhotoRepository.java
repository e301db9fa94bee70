package org.rehabtrack.finding;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

@ApplicationScoped
public class PhotoRepository implements PanacheRepository<Photo> {

    public Optional<Photo> findWithFinding(long id) {
        return find("from Photo p join fetch p.finding where p.id = ?1", id).firstResultOptional();
    }

    public List<Photo> of(Finding finding) {
        return list("finding = ?1 order by id", finding);
    }

    /** The photos of many findings in one query, by finding id. */
    public Map<Long, List<Photo>> of(Collection<Finding> findings) {
        if (findings.isEmpty()) {
            return Map.of();
        }
        return list("finding in ?1 order by id", findings).stream()
                .collect(Collectors.groupingBy(p -> p.getFinding().getId()));
    }
}
