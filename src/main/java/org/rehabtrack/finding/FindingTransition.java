package org.rehabtrack.finding;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import org.hibernate.annotations.CreationTimestamp;

/** A finding changing status: from, to, why, who and when. Never changed once written. */
@Entity
public class FindingTransition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    // Eager: a soft-deleted entity cannot be proxied (Hibernate checks the deleted flag on load).
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    private Finding finding;

    @Enumerated(EnumType.STRING)
    private FindingStatus fromStatus;

    @Enumerated(EnumType.STRING)
    private FindingStatus toStatus;

    private String reason;
    private String recordedBy;

    @CreationTimestamp private Instant recordedAt;

    protected FindingTransition() {}

    FindingTransition(
            Finding finding,
            FindingStatus fromStatus,
            FindingStatus toStatus,
            String reason,
            String recordedBy) {
        this.finding = finding;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.reason = reason;
        this.recordedBy = recordedBy;
    }

    /** The record of a finding being logged, open. */
    public static FindingTransition logged(Finding finding, String recordedBy) {
        return new FindingTransition(finding, null, FindingStatus.OPEN, null, recordedBy);
    }

    public Long getId() {
        return id;
    }

    public FindingStatus getFromStatus() {
        return fromStatus;
    }

    public FindingStatus getToStatus() {
        return toStatus;
    }

    public String getReason() {
        return reason;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
