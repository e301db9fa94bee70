package org.rehabtrack.center;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A change to a center: any descriptive field, and the phase. Read over the center's current
 * values, so fields the client leaves out keep them.
 */
public class CenterPatch extends CenterDetails {

    public Phase phase;

    /** Why the phase changes; required to move back. */
    @Size(max = 1000)
    public String phaseChangeReason;

    /** When the phase changed; today if not given. */
    public LocalDate phaseChangeDate;

    /** The version the client last read. */
    @NotNull public Long version;

    static CenterPatch of(Center center) {
        CenterPatch patch = of(center, new CenterPatch());
        patch.phase = center.getPhase();
        return patch;
    }
}
