package org.rehabtrack.works;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.rehabtrack.finding.PhotoView;

/** A progress report as the API shows it, with its photos of the works. */
public record ProgressView(
        long id,
        long workPackage,
        LocalDate date,
        BigDecimal percentComplete,
        String note,
        String correctionReason,
        String recordedBy,
        Instant recordedAt,
        List<PhotoView> photos) {

    static ProgressView of(ProgressReport r, long workPackage, List<PhotoView> photos) {
        return new ProgressView(
                r.getId(),
                workPackage,
                r.getReportDate(),
                r.getPercentComplete(),
                r.getNote(),
                r.getCorrectionReason(),
                r.getRecordedBy(),
                r.getRecordedAt(),
                photos);
    }
}
