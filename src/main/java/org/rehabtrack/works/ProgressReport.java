package org.rehabtrack.works;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.CreationTimestamp;
import org.rehabtrack.system.persistence.Audited;

/** The cumulative physical progress of a works package on a date. Never changed once written. */
@Entity
public class ProgressReport implements Audited {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private WorkPackage workPackage;

    private LocalDate reportDate;
    private BigDecimal percentComplete;
    private String note;
    private String correctionReason;
    private String recordedBy;

    @CreationTimestamp private Instant recordedAt;

    protected ProgressReport() {}

    ProgressReport(
            WorkPackage workPackage,
            LocalDate reportDate,
            BigDecimal percentComplete,
            String note,
            String correctionReason,
            String recordedBy) {
        this.workPackage = workPackage;
        this.reportDate = reportDate;
        this.percentComplete = percentComplete;
        this.note = note;
        this.correctionReason = correctionReason;
        this.recordedBy = recordedBy;
    }

    public Long getId() {
        return id;
    }

    public WorkPackage getWorkPackage() {
        return workPackage;
    }

    public LocalDate getReportDate() {
        return reportDate;
    }

    public BigDecimal getPercentComplete() {
        return percentComplete;
    }

    public String getNote() {
        return note;
    }

    public String getCorrectionReason() {
        return correctionReason;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    @Override
    public Long auditedCenterId() {
        return workPackage.getCenter().getId();
    }
}
