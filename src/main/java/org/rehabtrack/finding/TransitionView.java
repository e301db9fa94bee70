package org.rehabtrack.finding;

import java.time.Instant;

/** One move of a finding in its lifecycle. */
public record TransitionView(
        long id,
        FindingStatus fromStatus,
        FindingStatus toStatus,
        String reason,
        String recordedBy,
        Instant recordedAt) {

    static TransitionView of(FindingTransition t) {
        return new TransitionView(
                t.getId(),
                t.getFromStatus(),
                t.getToStatus(),
                t.getReason(),
                t.getRecordedBy(),
                t.getRecordedAt());
    }
}
