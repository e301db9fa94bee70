package org.rehabtrack.works;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A progress report as the API shows it. */
public record ProgressView(long id, long workPackage, LocalDate date, BigDecimal percentComplete, String note,
        String correctionReason, String recordedBy, Instant recordedAt) {

    static ProgressView of(ProgressReport r, long workPackage) {
        return new ProgressView(r.getId(), workPackage, r.getReportDate(), r.getPercentComplete(), r.getNote(),
                r.getCorrectionReason(), r.getRecordedBy(), r.getRecordedAt());
    }
}
