package org.rehabtrack.milestone;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.rehabtrack.center.Center;
import org.rehabtrack.center.MilestoneKind;
import org.rehabtrack.center.ReachedGates;

/** The center's reached standard milestones, for its phase gates. */
@ApplicationScoped
class MilestoneGates implements ReachedGates {

    private final MilestoneRepository milestones;

    MilestoneGates(MilestoneRepository milestones) {
        this.milestones = milestones;
    }

    @Override
    public Set<MilestoneKind> of(Center center) {
        return milestones.reachedKinds(center);
    }
}
