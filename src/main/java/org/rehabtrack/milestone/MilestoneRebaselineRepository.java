package org.rehabtrack.milestone;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class MilestoneRebaselineRepository implements PanacheRepository<MilestoneRebaseline> {

    public List<MilestoneRebaseline> history(Milestone milestone) {
        return list("milestone = ?1 order by recordedAt, id", milestone);
    }
}
