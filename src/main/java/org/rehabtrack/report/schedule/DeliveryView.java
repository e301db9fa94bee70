package org.rehabtrack.report.schedule;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A schedule's sending of one occasion as the API and the reports page show it: when it was due,
 * its status, how many attempts were made, the reason of the last failure and when the next attempt
 * is (none once sent or failed for good).
 */
public record DeliveryView(
        long id,
        Long schedule,
        String scheduleName,
        String occasion,
        Instant dueAt,
        LocalDate cutOff,
        DeliveryStatus status,
        int attempts,
        String lastError,
        Instant nextAttemptAt,
        Instant sentAt) {

    static DeliveryView of(ReportDelivery delivery) {
        return new DeliveryView(
                delivery.getId(),
                delivery.getScheduleId(),
                delivery.getScheduleName(),
                delivery.getOccasion(),
                delivery.getDueAt(),
                delivery.getCutOff(),
                delivery.getStatus(),
                delivery.getAttempts(),
                delivery.getLastError(),
                delivery.getStatus() == DeliveryStatus.PENDING ? delivery.getNextAttemptAt() : null,
                delivery.getSentAt());
    }

    /** Whether an attempt failed: failed for good, or waiting to be tried again. */
    public boolean troubled() {
        return lastError != null;
    }
}
