package org.rehabtrack.web;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.rehabtrack.report.schedule.DeliveryStatus;
import org.rehabtrack.report.schedule.DeliveryView;
import org.rehabtrack.report.schedule.ScheduleView;

/** The report schedules and their sendings as the reports page shows them, in its language. */
final class ScheduleRows {

    /** A schedule: what it sends, when, for whom, to how many, and how its last sending went. */
    public record Schedule(
            long id,
            String name,
            String reports,
            String when,
            String audience,
            int recipients,
            boolean active,
            long version,
            Sending last) {}

    /** A sending: of which schedule and occasion, when due, how it went and why it failed. */
    public record Sending(
            String schedule,
            String occasion,
            String due,
            String status,
            String reason,
            boolean troubled) {}

    private final Page page;
    private final Clock clock;
    private final SchedulesMessages texts;

    ScheduleRows(Page page, Clock clock) {
        this.page = page;
        this.clock = clock;
        this.texts = page.texts(SchedulesMessages.class);
    }

    List<Schedule> schedules(List<ScheduleView> schedules, Map<Long, DeliveryView> latest) {
        return schedules.stream()
                .map(
                        s ->
                                new Schedule(
                                        s.id(),
                                        s.name(),
                                        s.reports().stream()
                                                .map(r -> ArchiveRows.title(page, r))
                                                .collect(Collectors.joining(", ")),
                                        when(s),
                                        s.audience() == null
                                                ? texts.schedulesPage_audienceIom()
                                                : s.audience(),
                                        s.recipients().size(),
                                        s.active(),
                                        s.version(),
                                        latest.containsKey(s.id())
                                                ? sending(latest.get(s.id()))
                                                : null))
                .toList();
    }

    List<Sending> sendings(List<DeliveryView> deliveries) {
        return deliveries.stream().map(this::sending).toList();
    }

    private Sending sending(DeliveryView d) {
        Formats fmt = page.formats();
        String status =
                switch (d.status()) {
                    case SENT ->
                            texts.schedulesPage_statusSent(
                                    fmt.dateTime(d.sentAt(), clock.getZone()));
                    case FAILED -> texts.schedulesPage_statusFailed(d.attempts());
                    case PENDING ->
                            d.attempts() == 0
                                    ? texts.schedulesPage_statusSending()
                                    : texts.schedulesPage_statusRetrying(
                                            d.attempts(),
                                            fmt.dateTime(d.nextAttemptAt(), clock.getZone()));
                };
        return new Sending(
                d.scheduleName(),
                occasion(d),
                fmt.dateTime(d.dueAt(), clock.getZone()),
                status,
                d.lastError() == null ? null : texts.schedulesPage_reason(d.lastError()),
                d.troubled() || d.status() == DeliveryStatus.FAILED);
    }

    /** An occasion by its name: a month, a quarter, or the cut-off date of a phase change. */
    private String occasion(DeliveryView d) {
        return d.occasion().startsWith("phase-") ? page.formats().date(d.cutOff()) : d.occasion();
    }

    private String when(ScheduleView s) {
        return switch (s.cadence()) {
            case MONTHLY -> texts.schedulesPage_monthly(s.dayOfMonth());
            case QUARTERLY -> texts.schedulesPage_quarterly(s.dayOfMonth());
            case PHASE_CHANGE -> texts.schedulesPage_phaseChange();
        };
    }
}
