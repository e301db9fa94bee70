package org.rehabtrack.center;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.CreationTimestamp;

/** A center entering a phase: when, from which phase, and why. Never changed once written. */
@Entity
public class PhaseChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Center center;

    @Enumerated(EnumType.STRING)
    private Phase fromPhase;

    @Enumerated(EnumType.STRING)
    private Phase toPhase;

    private LocalDate changeDate;
    private String reason;

    @CreationTimestamp private Instant recordedAt;

    protected PhaseChange() {}

    PhaseChange(
            Center center, Phase fromPhase, Phase toPhase, LocalDate changeDate, String reason) {
        this.center = center;
        this.fromPhase = fromPhase;
        this.toPhase = toPhase;
        this.changeDate = changeDate;
        this.reason = reason == null || reason.isBlank() ? null : reason.strip();
    }

    /** A phase change of a history kept elsewhere and imported as it was, gates unchecked. */
    public static PhaseChange imported(
            Center center, Phase fromPhase, Phase toPhase, LocalDate changeDate, String reason) {
        return new PhaseChange(center, fromPhase, toPhase, changeDate, reason);
    }

    /** The record of a center's first phase, when it is registered. */
    public static PhaseChange registration(Center center, String reason) {
        return new PhaseChange(center, null, center.getPhase(), center.getPhaseSince(), reason);
    }

    public Long getId() {
        return id;
    }

    public Center getCenter() {
        return center;
    }

    public Phase getFromPhase() {
        return fromPhase;
    }

    public Phase getToPhase() {
        return toPhase;
    }

    public LocalDate getChangeDate() {
        return changeDate;
    }

    public String getReason() {
        return reason;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
