package org.rehabtrack.report.schedule;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

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
}
