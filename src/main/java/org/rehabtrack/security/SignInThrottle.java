package org.rehabtrack.security;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rehabtrack.system.RehabtrackConfig;

/**
 * Counts failed sign-ins in a row per user name and per address. Past the limit, that name or
 * address is refused for the lockout period, whether the password is right or not, and whether
 * the user exists or not, so the refusal tells nothing. A success clears both counts. Counts are
 * kept in the database ({@code sign_in_failure}), so every instance shares them; each change is
 * its own transaction, kept even when the sign-in that failed is rolled back.
 */
@ApplicationScoped
public class SignInThrottle {

    /** Attribute of the refusal: seconds to wait, for a {@code Retry-After} header. */
    public static final String RETRY_AFTER = "retry-after-seconds";

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

    /** Refuses, saying how long to wait ({@link #RETRY_AFTER}), when the name or the address has failed too often. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void check(String username, String address) {
        Instant now = clock.instant();
        String user = key("user", username);
        Map<String, SignInFailure> found = new HashMap<>();
        em.createQuery("from SignInFailure f where f.throttleKey in :keys", SignInFailure.class)
                .setParameter("keys", List.of(user, key("address", address)))
                .getResultStream().forEach(f -> found.put(f.getThrottleKey(), f));
        long wait = Math.max(wait(found.get(user), maxPerUser, now),
                wait(found.get(key("address", address)), maxPerAddress, now));
        if (wait > 0) {
            throw new AuthenticationFailedException("Too many failed sign-ins", Map.of(RETRY_AFTER, wait));
        }
    }

    /**
     * One more failure for the name and the address; a count whose lockout has passed starts again.
     * Two instances counting a new name at once both insert it: the loser counts again, as an update.
     */
    public void failed(String username, String address) {
        try {
            QuarkusTransaction.requiringNew().run(() -> count(username, address));
        } catch (PersistenceException e) {
            QuarkusTransaction.requiringNew().run(() -> count(username, address));
        }
    }

    private void count(String username, String address) {
        Instant now = clock.instant();
        Instant expired = now.minus(lockout);
        em.createQuery("delete from SignInFailure f where f.lastFailedAt < :expired")
                .setParameter("expired", expired).executeUpdate();
        for (String key : new String[] {key("user", username), key("address", address)}) {
            SignInFailure failure = em.find(SignInFailure.class, key, LockModeType.PESSIMISTIC_WRITE);
            if (failure == null) {
                em.persist(new SignInFailure(key, now));
            } else {
                failure.again(now);
            }
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void succeeded(String username, String address) {
        em.createQuery("delete from SignInFailure f where f.throttleKey in :keys")
                .setParameter("keys", List.of(key("user", username), key("address", address))).executeUpdate();
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
