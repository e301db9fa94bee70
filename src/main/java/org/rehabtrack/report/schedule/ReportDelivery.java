package org.rehabtrack.report.schedule;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One sending of a schedule, for one occasion. Writing it claims the occasion: the database lets
 * one row per schedule and occasion, so that of several instances one sends it.
 */
@Entity
@Table(name = "report_delivery")
public class ReportDelivery {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long scheduleId;
    private String scheduleName;
    private String occasion;
    private Instant dueAt;
    private LocalDate periodFrom;
    private LocalDate periodTo;
    private LocalDate cutOff;

    @Enumerated(EnumType.STRING)
    private DeliveryStatus status = DeliveryStatus.PENDING;

    private int attempts;
    private Instant nextAttemptAt;
    private String lastError;
    private Instant sentAt;
    private Instant createdAt;

    protected ReportDelivery() {}

    ReportDelivery(ReportSchedule schedule, Occasion occasion, Instant now) {
        this.scheduleId = schedule.getId();
        this.scheduleName = schedule.getName();
        this.occasion = occasion.key();
        this.dueAt = occasion.due();
        this.periodFrom = occasion.from();
        this.periodTo = occasion.to();
        this.cutOff = occasion.cutOff();
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    /** Sent to every recipient. */
    void sent(Instant now) {
        status = DeliveryStatus.SENT;
        attempts++;
        sentAt = now;
        nextAttemptAt = null;
        lastError = null;
    }

    /**
     * An attempt failed: tried again at {@code next}, or given up (null) after the last attempt,
     * with the reason kept.
     */
    void failed(String reason, Instant next) {
        attempts++;
        lastError = reason == null ? null : reason.substring(0, Math.min(reason.length(), 1000));
        status = next == null ? DeliveryStatus.FAILED : DeliveryStatus.PENDING;
        nextAttemptAt = next;
    }

    public Long getId() {
        return id;
    }

    public Long getScheduleId() {
        return scheduleId;
    }

    public String getScheduleName() {
        return scheduleName;
    }

    public String getOccasion() {
        return occasion;
    }

    public Instant getDueAt() {
        return dueAt;
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

    public DeliveryStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
