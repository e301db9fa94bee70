package org.rehabtrack.report.schedule;

import java.time.Instant;
import java.util.List;

/** A schedule as the API shows it. */
public record ScheduleView(
        long id,
        String name,
        List<String> reports,
        List<String> centers,
        String fundingSource,
        String language,
        Cadence cadence,
        Integer dayOfMonth,
        String audience,
        List<RecipientView> recipients,
        boolean active,
        String createdBy,
        long version,
        Instant createdAt,
        Instant updatedAt) {

    /** A recipient: a user's name, or a contact's address and language. */
    public record RecipientView(String user, String email, String language) {}

    static ScheduleView of(ReportSchedule schedule) {
        return new ScheduleView(
                schedule.getId(),
                schedule.getName(),
                schedule.getReports(),
                schedule.getCenters(),
                schedule.getFundingSource(),
                schedule.getLanguage(),
                schedule.getCadence(),
                schedule.getDayOfMonth(),
                schedule.getAudience() == null ? null : schedule.getAudience().getAcronym(),
                schedule.getRecipients().stream()
                        .map(r -> new RecipientView(r.getUsername(), r.getEmail(), r.getLanguage()))
                        .toList(),
                schedule.isActive(),
                schedule.getCreatedBy(),
                schedule.getVersion(),
                schedule.getCreatedAt(),
                schedule.getUpdatedAt());
    }
}
