package org.rehabtrack.report.archive;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An archived workbook as the API shows it: what was issued, for what, to whom and when, its size
 * and SHA-256, and where to download it again ({@code download}, the same bytes).
 */
public record IssuedReportView(
        long id,
        String report,
        String fileName,
        String language,
        List<String> centers,
        boolean allCenters,
        String fundingSource,
        LocalDate from,
        LocalDate to,
        LocalDate cutOff,
        String parameters,
        String requestedBy,
        Instant issuedAt,
        long size,
        String sha256,
        String download) {

    static IssuedReportView of(IssuedReport issued) {
        return new IssuedReportView(
                issued.getId(),
                issued.getReport(),
                issued.getFileName(),
                issued.getLanguage(),
                issued.getCenterCodes(),
                issued.isAllCenters(),
                issued.getFundingSource(),
                issued.getPeriodFrom(),
                issued.getPeriodTo(),
                issued.getCutOff(),
                issued.getParameters(),
                issued.getRequestedBy(),
                issued.getIssuedAt(),
                issued.getSizeBytes(),
                issued.getSha256(),
                "/api/reports/archive/" + issued.getId() + "/workbook");
    }
}
