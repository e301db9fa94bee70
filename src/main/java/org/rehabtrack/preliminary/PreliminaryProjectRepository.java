package org.rehabtrack.preliminary;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.rehabtrack.center.Center;

@ApplicationScoped
public class PreliminaryProjectRepository implements PanacheRepository<PreliminaryProject> {

    /** The center's latest version, the one being worked on or last decided. */
    public Optional<PreliminaryProject> latest(Center center) {
        return find("center = ?1 order by versionNumber desc", center).firstResultOptional();
    }

    /** The center's latest approved version, whose bill of quantities prices the works. */
    public Optional<PreliminaryProject> latestApproved(Center center) {
        return find(
                        "center = ?1 and status = ?2 order by versionNumber desc",
                        center,
                        ProjectStatus.APPROVED)
                .firstResultOptional();
    }

    public Optional<PreliminaryProject> version(Center center, int versionNumber) {
        return find("center = ?1 and versionNumber = ?2", center, versionNumber)
                .firstResultOptional();
    }

    public List<PreliminaryProject> versions(Center center) {
        return list("center = ?1 order by versionNumber", center);
    }
}
