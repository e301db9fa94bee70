package org.rehabtrack.report.schedule;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Claims a schedule's occasion for this instance: the claim is the delivery's row, written in a
 * transaction of its own; when another instance wrote it first, the database refuses the second
 * (unique schedule and occasion) and this instance leaves the occasion to it.
 */
@ApplicationScoped
public class ReportDeliveries {

    private final EntityManager em;
    private final Clock clock;

    ReportDeliveries(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /** The delivery of this occasion if this instance claimed it; empty when another did. */
    public Optional<Long> claim(long schedule, Occasion occasion) {
        try {
            return Optional.of(
                    QuarkusTransaction.requiringNew()
                            .call(
                                    () -> {
                                        ReportDelivery delivery =
                                                new ReportDelivery(
                                                        em.find(ReportSchedule.class, schedule),
                                                        occasion,
                                                        clock.instant());
                                        em.persist(delivery);
                                        em.flush();
                                        return delivery.getId();
                                    }));
        } catch (PersistenceException claimedElsewhere) {
            return Optional.empty();
        }
    }

    /** When the newest occasion of a schedule that any instance claimed was due; empty for none. */
    public Optional<Instant> lastDue(long schedule) {
        return Optional.ofNullable(
                QuarkusTransaction.requiringNew()
                        .call(
                                () ->
                                        em.createQuery(
                                                        "select max(d.dueAt) from ReportDelivery d"
                                                                + " where d.scheduleId = :schedule",
                                                        Instant.class)
                                                .setParameter("schedule", schedule)
                                                .getSingleResult()));
    }

    /** The occasions of a schedule that any instance claimed. */
    public Set<String> claimed(long schedule) {
        return new HashSet<>(
                QuarkusTransaction.requiringNew()
                        .call(
                                () ->
                                        em.createQuery(
                                                        "select d.occasion from ReportDelivery d"
                                                                + " where d.scheduleId = :schedule",
                                                        String.class)
                                                .setParameter("schedule", schedule)
                                                .getResultList()));
    }

    /** Records an archived workbook a delivery sends, so that a retry sends it again as it was. */
    public void sends(long delivery, long issuedReport) {
        QuarkusTransaction.requiringNew()
                .run(
                        () ->
                                em.createNativeQuery(
                                                "insert into report_delivery_workbook"
                                                        + " (delivery_id, issued_report_id) values (?1, ?2)")
                                        .setParameter(1, delivery)
                                        .setParameter(2, issuedReport)
                                        .executeUpdate());
    }

    /** The archived workbooks a delivery sent or was sending, by their ids. */
    public List<Long> workbooksOf(long delivery) {
        return QuarkusTransaction.requiringNew()
                .call(
                        () ->
                                em.createNativeQuery(
                                                "select issued_report_id from report_delivery_workbook"
                                                        + " where delivery_id = ?1 order by issued_report_id",
                                                Long.class)
                                        .setParameter(1, delivery)
                                        .getResultList());
    }

    /**
     * The latest sending of each schedule, by schedule id (the one claimed last: occasions are
     * claimed oldest first).
     */
    public Map<Long, DeliveryView> latestBySchedule() {
        Map<Long, DeliveryView> latest = new HashMap<>();
        QuarkusTransaction.requiringNew()
                .call(
                        () ->
                                em.createQuery(
                                                "from ReportDelivery d where d.id in (select max(e.id)"
                                                        + " from ReportDelivery e where e.scheduleId is not null"
                                                        + " group by e.scheduleId)",
                                                ReportDelivery.class)
                                        .getResultList())
                .forEach(d -> latest.put(d.getScheduleId(), DeliveryView.of(d)));
        return latest;
    }

    /** The sendings most recently due, the newest first. */
    public List<DeliveryView> recent(int count) {
        return QuarkusTransaction.requiringNew()
                .call(
                        () ->
                                em.createQuery(
                                                "from ReportDelivery d order by d.dueAt desc, d.id desc",
                                                ReportDelivery.class)
                                        .setMaxResults(count)
                                        .getResultList())
                .stream()
                .map(DeliveryView::of)
                .toList();
    }

    /** A delivery, read in a transaction of its own. */
    public ReportDelivery find(long delivery) {
        return QuarkusTransaction.requiringNew()
                .call(() -> em.find(ReportDelivery.class, delivery));
    }

    /** Marks a delivery sent. */
    public void sent(long delivery) {
        QuarkusTransaction.requiringNew()
                .run(() -> em.find(ReportDelivery.class, delivery).sent(clock.instant()));
    }

    /** Marks an attempt failed: tried again at {@code next}, or given up when null. */
    public void failed(long delivery, String reason, Instant next) {
        QuarkusTransaction.requiringNew()
                .run(() -> em.find(ReportDelivery.class, delivery).failed(reason, next));
    }

    /** How long a retry is held by the instance that took it, so that no other tries it too. */
    static final Duration LEASE = Duration.ofMinutes(10);

    /**
     * The deliveries to try again now that this instance took: those pending after a failed attempt
     * whose next attempt is due, each taken by moving its next attempt on by {@link #LEASE} only
     * where no other instance moved it first.
     */
    public List<Long> takeRetries() {
        Instant now = clock.instant();
        List<Object[]> due =
                QuarkusTransaction.requiringNew()
                        .call(
                                () ->
                                        em.createQuery(
                                                        "select d.id, d.nextAttemptAt from ReportDelivery d"
                                                                + " where d.status = :pending and d.attempts > 0"
                                                                + " and d.nextAttemptAt <= :now order by d.nextAttemptAt",
                                                        Object[].class)
                                                .setParameter("pending", DeliveryStatus.PENDING)
                                                .setParameter("now", now)
                                                .getResultList());
        List<Long> taken = new ArrayList<>();
        for (Object[] row : due) {
            int moved =
                    QuarkusTransaction.requiringNew()
                            .call(
                                    () ->
                                            em.createQuery(
                                                            "update ReportDelivery d set d.nextAttemptAt = :lease"
                                                                    + " where d.id = :id and d.nextAttemptAt = :seen")
                                                    .setParameter("lease", now.plus(LEASE))
                                                    .setParameter("id", row[0])
                                                    .setParameter("seen", row[1])
                                                    .executeUpdate());
            if (moved == 1) {
                taken.add((Long) row[0]);
            }
        }
        return taken;
    }

    /** A schedule's deliveries, the newest first. */
    public List<ReportDelivery> ofSchedule(long schedule) {
        return QuarkusTransaction.requiringNew()
                .call(
                        () ->
                                em.createQuery(
                                                "from ReportDelivery d where d.scheduleId = :schedule"
                                                        + " order by d.dueAt desc, d.id desc",
                                                ReportDelivery.class)
                                        .setParameter("schedule", schedule)
                                        .getResultList());
    }
}
