package org.rehabtrack.center;

import java.util.Set;

/** Which standard milestones of a center are reached: answered by the milestone feature. */
public interface ReachedGates {

    Set<MilestoneKind> of(Center center);
}
