package org.rehabtrack.report.archive;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A workbook RehabTrack issued, as it was issued: which report, for what (centers, funding source,
 * period, cut-off date, language, the parameters as asked), for whom, when, and its file (size,
 * SHA-256, the name it is kept under). Never changed once written; removed only when older than the
 * archive's retention.
 */
@Entity
@Table(name = "issued_report")
public class IssuedReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String report;
    private String fileName;
    private String language;
    private boolean allCenters;
    private String centerCodes;
    private String fundingSource;
    private LocalDate periodFrom;
    private LocalDate periodTo;
    private LocalDate cutOff;
    private String parameters;
    private String requestedBy;
    private Long shownDonorId;
    private Instant issuedAt;
    private long sizeBytes;
    private String sha256;
    private String storageName;

    protected IssuedReport() {}

    IssuedReport(Issue issue, Instant issuedAt, StoredFile file) {
        this.report = issue.report();
        this.fileName = issue.fileName();
        this.language = issue.language();
        this.allCenters = issue.allCenters();
        this.centerCodes = String.join(",", issue.centerCodes());
        this.fundingSource = issue.fundingSource();
        this.periodFrom = issue.from();
        this.periodTo = issue.to();
        this.cutOff = issue.cutOff();
        this.parameters = issue.parameters();
        this.requestedBy = issue.requestedBy();
        this.shownDonorId = issue.shownDonor();
        this.issuedAt = issuedAt;
        this.sizeBytes = file.size();
        this.sha256 = file.sha256();
        this.storageName = file.name();
    }

    public Long getId() {
        return id;
    }

    public String getReport() {
        return report;
    }

    public String getFileName() {
        return fileName;
    }

    public String getLanguage() {
        return language;
    }

    public boolean isAllCenters() {
        return allCenters;
    }

    /** The codes of the centers it covered, in the order of the workbook. */
    public List<String> getCenterCodes() {
        return centerCodes.isEmpty() ? List.of() : List.of(centerCodes.split(","));
    }

    public String getFundingSource() {
        return fundingSource;
    }

    public LocalDate getPeriodFrom() {
        return periodFrom;
    }

    public LocalDate getPeriodTo() {
        return periodTo;
    }

    public LocalDate getCutOff() {
        return cutOff;
    }

    public String getParameters() {
        return parameters;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public Long getShownDonorId() {
        return shownDonorId;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public String getStorageName() {
        return storageName;
    }
}
