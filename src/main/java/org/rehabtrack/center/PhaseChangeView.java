package org.rehabtrack.center;

import java.time.Instant;
import java.time.LocalDate;

/** One entry of a center's phase history. */
public record PhaseChangeView(
        long id,
        Phase fromPhase,
        Phase toPhase,
        LocalDate date,
        String reason,
        Instant recordedAt) {

    static PhaseChangeView of(PhaseChange change) {
        return new PhaseChangeView(
                change.getId(),
                change.getFromPhase(),
                change.getToPhase(),
                change.getChangeDate(),
                change.getReason(),
                change.getRecordedAt());
    }
}
