package org.rehabtrack.sampledata;

import jakarta.validation.constraints.Size;
import java.util.List;
import org.rehabtrack.finding.FindingStatus;
import org.rehabtrack.finding.NewFinding;

/** A finding of the sample, with the status it has reached, walked to through its lifecycle. */
public class SampleFinding extends NewFinding {

    public FindingStatus status = FindingStatus.OPEN;

    @Size(max = 1000)
    public String statusReason;

    /** The moves from open to {@link #status}, each one the lifecycle allows. */
    List<FindingStatus> path() {
        return switch (status) {
            case OPEN -> List.of();
            case PLANNED -> List.of(FindingStatus.PLANNED);
            case RESOLVED -> List.of(FindingStatus.PLANNED, FindingStatus.RESOLVED);
            case VERIFIED ->
                    List.of(FindingStatus.PLANNED, FindingStatus.RESOLVED, FindingStatus.VERIFIED);
            case DEFERRED -> List.of(FindingStatus.DEFERRED);
        };
    }
}
