package org.rehabtrack.finding;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class FindingTransitionRepository implements PanacheRepository<FindingTransition> {

    public List<FindingTransition> history(Finding finding) {
        return list("finding = ?1 order by recordedAt, id", finding);
    }

    public long deleteFor(Finding finding) {
        return delete("finding", finding);
    }
}
