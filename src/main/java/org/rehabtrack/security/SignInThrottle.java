package org.rehabtrack.security;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rehabtrack.system.RehabtrackConfig;
import org.rehabtrack.system.problem.SignInRefusal;

/**
 * Counts failed sign-ins in a row per user name and per address. Past the limit, that name or
 * address is refused for the lockout period, whether the password is right or not, and whether the
 * user exists or not, so the refusal tells nothing. Counts are kept in the database ({@code
 * sign_in_failure}), so every instance shares them.
 *
 * <p>A password check is paid for before it runs: {@link #reserve} counts it as a failure of the
 * name and of the address, in the database and atomically, and refuses it when that takes either
 * past its limit; so guesses sent at once run no more password checks than the limit. A success
 * then clears the name's count and gives the address back its reservation, but leaves the address's
 * other failures counted: signing in with one valid account does not let an address go on guessing
 * the passwords of others.
 */
@ApplicationScoped
public class SignInThrottle {

    /** Tries to count a failure: one per key a parallel sign-in may add first, and one more. */
    private static final int ATTEMPTS = 4;

    private final EntityManager em;
    private final Clock clock;
    private final int maxPerUser;
    private final int maxPerAddress;
    private final Duration lockout;

    SignInThrottle(EntityManager em, Clock clock, RehabtrackConfig config) {
        this.em = em;
        this.clock = clock;
        this.maxPerUser = config.security().signIn().maxFailures();
        this.maxPerAddress = config.security().signIn().maxFailuresPerAddress();
        this.lockout = config.security().signIn().lockout();
    }

    /**
     * Refuses, saying how long to wait ({@link SignInRefusal#RETRY_AFTER}), when the name or the
     * address has failed too often. Reads only, in the caller's transaction. Answers whether the
     * name has failures counted, which a success must clear.
     */
    @Transactional
    public boolean check(String username, String address) {
        Instant now = clock.instant();
        String user = key("user", username);
        Map<String, SignInFailure> found = new HashMap<>();
        em.createQuery("from SignInFailure f where f.throttleKey in :keys", SignInFailure.class)
                .setParameter("keys", List.of(user, key("address", address)))
                .getResultStream()
                .forEach(f -> found.put(f.getThrottleKey(), f));
        long wait =
                Math.max(
                        wait(found.get(user), maxPerUser, now),
                        wait(found.get(key("address", address)), maxPerAddress, now));
        if (wait > 0) {
            throw tooMany(wait);
        }
        return found.containsKey(user);
    }

    /**
     * Counts the password check about to run as a failure of the name and the address, in a
     * transaction of its own, and refuses it (429, the count left as it was) when either would pass
     * its limit. Each count goes up in one UPDATE, which waits for any other on the same row, so
     * parallel reservations are counted one after another.
     */
    public void reserve(String username, String address) {
        count(username, address, true);
    }

    /**
     * One more failure for the name and the address, refused or not (a disabled user's sign-in).
     */
    public void failed(String username, String address) {
        count(username, address, false);
    }

    /**
     * Gives back a reservation whose password was not checked after all (none came free in time):
     * the name's row, then the address's, in the order every reservation locks them.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void release(String username, String address) {
        for (String key : List.of(key("user", username), key("address", address))) {
            giveBack(key);
        }
    }

    /**
     * A successful sign-in: the name's count is cleared; the address keeps every failure but the
     * one this sign-in reserved (none when its password was remembered and not checked again).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void succeeded(String username, String address, boolean reserved) {
        em.createQuery("delete from SignInFailure f where f.throttleKey = :key")
                .setParameter("key", key("user", username))
                .executeUpdate();
        if (reserved) {
            giveBack(key("address", address));
        }
    }

    private void giveBack(String key) {
        em.createQuery(
                        "update SignInFailure f set f.failures = f.failures - 1 where f.throttleKey = :key"
                                + " and f.failures > 0")
                .setParameter("key", key)
                .executeUpdate();
    }

    /**
     * Sign-ins counting a new key at once all insert it: the losers' transactions fail and count
     * again, as updates. A sign-in loses at most once per key whose row another one adds first, so
     * a few attempts always suffice; one more covers a row deleted meanwhile (a success clears its
     * name). A count that added a row then deletes, in a transaction of its own, the rows whose
     * lockout has passed, so that names tried once do not pile up.
     */
    private void count(String username, String address, boolean withinLimits) {
        boolean added = false;
        for (int attempt = 1; ; attempt++) {
            try {
                added =
                        QuarkusTransaction.requiringNew()
                                .call(() -> countIn(username, address, withinLimits));
                break;
            } catch (AuthenticationFailedException e) {
                throw e;
            } catch (RuntimeException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
        if (added) {
            QuarkusTransaction.requiringNew()
                    .run(
                            () ->
                                    em.createQuery(
                                                    "delete from SignInFailure f where f.lastFailedAt < :expired")
                                            .setParameter("expired", clock.instant().minus(lockout))
                                            .executeUpdate());
        }
    }

    /** Counts one failure for each key; answers whether a key had no row yet. */
    private boolean countIn(String username, String address, boolean withinLimits) {
        Instant now = clock.instant();
        Instant expired = now.minus(lockout);
        boolean added = false;
        // Always the name first, then the address: two sign-ins lock their rows in the same order.
        for (String key : List.of(key("user", username), key("address", address))) {
            int failures = increment(key, now, expired);
            added |= failures == 1;
            int max = key.startsWith("user:") ? maxPerUser : maxPerAddress;
            if (withinLimits && failures > max) {
                throw tooMany(lockout.toSeconds()); // rolls the increments back
            }
        }
        return added;
    }

    /**
     * Adds one failure to a key (one whose lockout has passed starts again at 1), answering the
     * count.
     */
    private int increment(String key, Instant now, Instant expired) {
        int updated =
                em.createQuery(
                                "update SignInFailure f set f.failures = case when f.lastFailedAt < :expired"
                                        + " then 1 else f.failures + 1 end, f.lastFailedAt = :now where f.throttleKey = :key")
                        .setParameter("expired", expired)
                        .setParameter("now", now)
                        .setParameter("key", key)
                        .executeUpdate();
        if (updated == 0) {
            em.persist(new SignInFailure(key, now));
            em.flush();
            return 1;
        }
        return em.createQuery(
                        "select f.failures from SignInFailure f where f.throttleKey = :key",
                        Integer.class)
                .setParameter("key", key)
                .getSingleResult();
    }

    private static AuthenticationFailedException tooMany(long wait) {
        return new AuthenticationFailedException(
                "Too many failed sign-ins", Map.of(SignInRefusal.RETRY_AFTER, Math.max(1, wait)));
    }

    /** Seconds to wait before this key may try again; 0 when it may now. */
    private long wait(SignInFailure f, int max, Instant now) {
        if (f == null || f.getFailures() < max) {
            return 0;
        }
        Instant free = f.getLastFailedAt().plus(lockout);
        return now.isBefore(free) ? Math.max(1, Duration.between(now, free).toSeconds()) : 0;
    }

    private static String key(String kind, String value) {
        String key = kind + ":" + (value == null ? "" : UserRepository.normalise(value));
        return key.length() > 300 ? key.substring(0, 300) : key;
    }
}
