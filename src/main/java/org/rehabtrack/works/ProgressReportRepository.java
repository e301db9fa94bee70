package org.rehabtrack.works;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class ProgressReportRepository implements PanacheRepository<ProgressReport> {

    public List<ProgressReport> of(WorkPackage workPackage) {
        return list("workPackage = ?1 order by reportDate, id", workPackage);
    }

    public Optional<ProgressReport> last(WorkPackage workPackage) {
        return find("workPackage = ?1 order by reportDate desc, id desc", workPackage).firstResultOptional();
    }
}
