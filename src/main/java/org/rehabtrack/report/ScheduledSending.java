package org.rehabtrack.report;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jboss.logging.Logger;
import org.rehabtrack.center.Center;
import org.rehabtrack.center.CenterService;
import org.rehabtrack.center.PhaseChange;
import org.rehabtrack.center.PhaseChangeRepository;
import org.rehabtrack.report.archive.ArchiveLinks;
import org.rehabtrack.report.archive.Archived;
import org.rehabtrack.report.archive.ReportArchive;
import org.rehabtrack.report.schedule.Cadence;
import org.rehabtrack.report.schedule.Occasion;
import org.rehabtrack.report.schedule.Occasions;
import org.rehabtrack.report.schedule.Recipient;
import org.rehabtrack.report.schedule.ReportDeliveries;
import org.rehabtrack.report.schedule.ReportDelivery;
import org.rehabtrack.report.schedule.ReportSchedule;
import org.rehabtrack.report.schedule.ReportSchedules;
import org.rehabtrack.security.UserService;
import org.rehabtrack.security.UserView;
import org.rehabtrack.security.VisibilityScope;
import org.rehabtrack.system.RehabtrackConfig;
import org.rehabtrack.system.persistence.CenterIds;
import org.rehabtrack.system.problem.Messages;

/**
 * Sends the schedules' workbooks (docs/reports.md, "Schedules"): every minute, each active
 * schedule's occasions due (its dated ones since it was set or last sent, or its centers' phase
 * changes) are claimed (one instance wins each) and sent: each workbook written as the audience
 * sees it, once per language, archived, and mailed to the recipients of that language with the
 * workbooks attached.
 */
@ApplicationScoped
public class ScheduledSending {

    private static final Logger LOG = Logger.getLogger(ScheduledSending.class);
    private static final String XLSX = org.rehabtrack.system.MediaTypes.XLSX;

    private final ReportSchedules schedules;
    private final ReportDeliveries deliveries;
    private final CenterService centers;
    private final UserService users;
    private final IssuedWorkbooks issued;
    private final ReportArchive archive;
    private final ReportWriters writers;
    private final PhaseChangeRepository phaseChanges;
    private final Mailer mailer;
    private final ArchiveLinks links;
    private final long maxAttachment;
    private final Clock clock;

    ScheduledSending(
            ReportSchedules schedules,
            ReportDeliveries deliveries,
            CenterService centers,
            UserService users,
            IssuedWorkbooks issued,
            ReportArchive archive,
            ReportWriters writers,
            PhaseChangeRepository phaseChanges,
            Mailer mailer,
            ArchiveLinks links,
            RehabtrackConfig config,
            Clock clock) {
        this.schedules = schedules;
        this.deliveries = deliveries;
        this.centers = centers;
        this.users = users;
        this.issued = issued;
        this.archive = archive;
        this.writers = writers;
        this.phaseChanges = phaseChanges;
        this.mailer = mailer;
        this.links = links;
        this.maxAttachment = config.reports().mail().maxAttachment().asLongValue();
        this.clock = clock;
    }

    @Scheduled(
            every = "${rehabtrack.reports.schedules.every}",
            delayed = "${rehabtrack.reports.schedules.delay}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            identity = "report-schedules")
    @ActivateRequestContext
    void everyMinute() {
        sendDue();
    }

    /**
     * How long after a failed attempt the next is made: 1 minute, then 5, 30, 2 hours, 12 hours;
     * after as many failures as there are steps here plus one, the delivery has failed.
     */
    static final List<Duration> BACKOFF =
            List.of(
                    Duration.ofMinutes(1),
                    Duration.ofMinutes(5),
                    Duration.ofMinutes(30),
                    Duration.ofHours(2),
                    Duration.ofHours(12));

    /**
     * Claims and sends every occasion due, and tries again the deliveries whose next attempt is
     * due; answers how many this instance sent.
     */
    @ActivateRequestContext
    public int sendDue() {
        int sent = 0;
        for (long retry : deliveries.takeRetries()) {
            ReportDelivery delivery = deliveries.find(retry);
            ReportSchedule schedule =
                    delivery.getScheduleId() == null
                            ? null
                            : schedules.active().stream()
                                    .filter(s -> s.getId().equals(delivery.getScheduleId()))
                                    .findFirst()
                                    .orElse(null);
            if (schedule == null) {
                deliveries.failed(retry, "The schedule was removed or paused", null);
            } else {
                sent += send(schedule, retry) ? 1 : 0;
            }
        }
        Instant now = clock.instant();
        for (ReportSchedule schedule : schedules.active()) {
            for (Occasion occasion : due(schedule, now)) {
                var claimed = deliveries.claim(schedule.getId(), occasion);
                if (claimed.isPresent()) {
                    sent += send(schedule, claimed.get()) ? 1 : 0;
                }
            }
        }
        return sent;
    }

    /**
     * A schedule's occasions due now and not yet claimed: its dated ones since it was set or last
     * sent; or the phase changes of its centers recorded since it was set, dated on or after the
     * day it was set (a change dated earlier is history being recorded, not news).
     */
    private List<Occasion> due(ReportSchedule schedule, Instant now) {
        if (schedule.getCadence() != Cadence.PHASE_CHANGE) {
            Instant since = deliveries.lastDue(schedule.getId()).orElse(schedule.getCreatedAt());
            return Occasions.due(
                    schedule.getCadence(), schedule.getDayOfMonth(), since, now, clock.getZone());
        }
        Set<String> claimed = deliveries.claimed(schedule.getId());
        return phaseChanges
                .recordedAfter(
                        schedule.getCreatedAt(),
                        LocalDate.ofInstant(schedule.getCreatedAt(), clock.getZone()),
                        CenterIds.of(
                                covered(schedule, schedules.scopeOf(schedule.getAudience()))
                                        .stream()
                                        .map(Center::getId)
                                        .toList()))
                .stream()
                .map(
                        change ->
                                Occasions.phaseChange(
                                        change.getId(),
                                        change.getRecordedAt(),
                                        change.getChangeDate()))
                .filter(occasion -> !claimed.contains(occasion.key()))
                .toList();
    }

    /** Writes one of a schedule's workbooks as its audience sees it, and archives it. */
    private Archived write(
            ReportSchedule schedule,
            ReportDelivery delivery,
            String report,
            Locale locale,
            VisibilityScope scope,
            List<Center> covered) {
        ReportContext context =
                new ReportContext(
                        locale,
                        covered,
                        schedule.getCenters().isEmpty() && !scope.restricted(),
                        schedule.getFundingSource(),
                        new ReportPeriod(
                                delivery.getPeriodFrom(),
                                delivery.getPeriodTo(),
                                delivery.getCutOff()),
                        clock.instant(),
                        clock.getZone(),
                        "schedule " + schedule.getName(),
                        scope);
        return issued.keep(report, context, schedule.getCenters(), writers.write(report, context));
    }

    /** The centers a schedule's workbooks cover: those it names, else all its audience sees. */
    private List<Center> covered(ReportSchedule schedule, VisibilityScope scope) {
        return schedule.getCenters().isEmpty()
                ? centers.seenBy(scope)
                : schedule.getCenters().stream().map(centers::require).toList();
    }

    private boolean send(ReportSchedule schedule, long deliveryId) {
        ReportDelivery delivery = deliveries.find(deliveryId);
        try {
            Map<String, List<String>> byLanguage = recipientsByLanguage(schedule);
            VisibilityScope scope = schedules.scopeOf(schedule.getAudience());
            List<Center> covered = covered(schedule, scope);
            // What an earlier attempt wrote and archived is sent again as it was.
            List<Archived> earlier = archive.archived(deliveries.workbooksOf(deliveryId));
            for (Map.Entry<String, List<String>> language : byLanguage.entrySet()) {
                Locale locale = Locale.forLanguageTag(language.getKey());
                List<Archived> workbooks = new ArrayList<>();
                for (String report : schedule.getReports()) {
                    Archived kept =
                            earlier.stream()
                                    .filter(a -> a.report().equals(report))
                                    .filter(a -> a.language().equals(locale.getLanguage()))
                                    .findFirst()
                                    .orElse(null);
                    if (kept == null) {
                        kept = write(schedule, delivery, report, locale, scope, covered);
                        deliveries.sends(deliveryId, kept.id());
                    }
                    workbooks.add(kept);
                }
                Parcel parcel = Parcel.of(workbooks, maxAttachment, links);
                for (String address : language.getValue()) {
                    mailer.send(mail(address, locale, schedule, delivery, parcel));
                }
            }
            deliveries.sent(deliveryId);
            return true;
        } catch (RuntimeException e) {
            LOG.warnf(e, "Schedule %s, %s: not sent", schedule.getName(), delivery.getOccasion());
            int failures = delivery.getAttempts();
            deliveries.failed(
                    deliveryId,
                    reason(e),
                    failures < BACKOFF.size() ? clock.instant().plus(BACKOFF.get(failures)) : null);
            return false;
        }
    }

    /**
     * Why a sending failed, as an operator reads it: the innermost cause's message ("Connection
     * refused: /10.0.0.5:587"), not the wrappers' class names.
     */
    static String reason(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null || message.isBlank()
                ? root.getClass().getSimpleName()
                : message.strip();
    }

    private Map<String, List<String>> recipientsByLanguage(ReportSchedule schedule) {
        Map<String, List<String>> byLanguage = new LinkedHashMap<>();
        for (Recipient recipient : schedule.getRecipients()) {
            String address;
            String language;
            if (recipient.getUsername() != null) {
                UserView user = users.byUsername(recipient.getUsername());
                if (!user.enabled() || user.email() == null) {
                    continue;
                }
                address = user.email();
                language = user.language();
            } else {
                address = recipient.getEmail();
                language = recipient.getLanguage();
            }
            String written = schedule.getLanguage() != null ? schedule.getLanguage() : language;
            byLanguage.computeIfAbsent(written, l -> new ArrayList<>()).add(address);
        }
        return byLanguage;
    }

    /**
     * The workbooks of one language: attached while together they stay within the configured size,
     * the others linked (the link made once, for every recipient of the language).
     */
    private record Parcel(List<Archived> attached, Map<Archived, ArchiveLinks.Link> linked) {

        static Parcel of(List<Archived> workbooks, long maxAttachment, ArchiveLinks links) {
            List<Archived> attached = new ArrayList<>();
            Map<Archived, ArchiveLinks.Link> linked = new LinkedHashMap<>();
            long total = 0;
            for (Archived workbook : workbooks) {
                long size = workbook.size();
                if (total + size <= maxAttachment) {
                    attached.add(workbook);
                    total += size;
                } else {
                    linked.put(workbook, links.link(workbook));
                }
            }
            return new Parcel(attached, linked);
        }
    }

    private Mail mail(
            String address,
            Locale locale,
            ReportSchedule schedule,
            ReportDelivery delivery,
            Parcel parcel) {
        StringBuilder text =
                new StringBuilder(
                        Messages.get(
                                locale,
                                "schedule.mail.body",
                                schedule.getName(),
                                delivery.getCutOff().toString(),
                                parcel.attached().size() + parcel.linked().size()));
        Occasions.phaseChangeOf(delivery.getOccasion())
                .ifPresent(id -> text.append("\n\n").append(phaseChangeLine(locale, id)));
        for (Map.Entry<Archived, ArchiveLinks.Link> linked : parcel.linked().entrySet()) {
            text.append("\n\n")
                    .append(
                            Messages.get(
                                    locale,
                                    "schedule.mail.linked",
                                    linked.getKey().fileName(),
                                    linked.getKey().size() / 1_000_000.0,
                                    LocalDate.ofInstant(
                                                    linked.getValue().expires(), clock.getZone())
                                            .toString(),
                                    linked.getValue().uri().toString()));
        }
        Mail mail =
                Mail.withText(
                        address,
                        Messages.get(
                                locale,
                                "schedule.mail.subject",
                                schedule.getName(),
                                delivery.getCutOff().toString()),
                        text.toString());
        for (Archived workbook : parcel.attached()) {
            mail.addAttachment(workbook.fileName(), workbook.file().toFile(), XLSX);
        }
        return mail;
    }

    /** What a phase change was, in a recipient's language: the center, the phase, the date. */
    private String phaseChangeLine(Locale locale, long id) {
        PhaseChange change = phaseChanges.findById(id);
        return Messages.get(
                locale,
                "schedule.mail.phaseChange",
                change.getCenter().getName(),
                change.getCenter().getCode(),
                Messages.get(locale, "phase." + change.getToPhase().name()),
                change.getChangeDate().toString());
    }
}
