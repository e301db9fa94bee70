package org.rehabtrack.finding;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.rehabtrack.works.ProgressReport;

@ApplicationScoped
public class PhotoRepository implements PanacheRepository<Photo> {

    public Optional<Photo> findWithOwner(long id) {
        return find("from Photo p left join fetch p.finding left join fetch p.progressReport where p.id = ?1", id)
                .firstResultOptional();
    }

    public List<Photo> of(ProgressReport report) {
        return list("progressReport = ?1 order by id", report);
    }

    /** The photos of many progress reports in one query, by report id. */
    public Map<Long, List<Photo>> ofReports(Collection<ProgressReport> reports) {
        if (reports.isEmpty()) {
            return Map.of();
        }
        return list("from Photo p join fetch p.progressReport where p.progressReport in ?1 order by p.id", reports)
                .stream()
                .collect(Collectors.groupingBy(p -> p.getProgressReport().getId()));
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
