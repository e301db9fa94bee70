package org.rehabtrack.milestone;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.CreationTimestamp;

/** A baseline moved on purpose: the old date, the new one, and why. Never changed once written. */
@Entity
public class MilestoneRebaseline {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Milestone milestone;

    private LocalDate previousDate;
    private LocalDate newDate;
    private String reason;

    @CreationTimestamp private Instant recordedAt;

    protected MilestoneRebaseline() {}

    MilestoneRebaseline(
            Milestone milestone, LocalDate previousDate, LocalDate newDate, String reason) {
        this.milestone = milestone;
        this.previousDate = previousDate;
        this.newDate = newDate;
        this.reason = reason;
    }

    public Long getId() {
        return id;
    }

    public LocalDate getPreviousDate() {
        return previousDate;
    }

    public LocalDate getNewDate() {
        return newDate;
    }

    public String getReason() {
        return reason;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
