package org.rehabtrack.security;

import io.quarkus.security.AuthenticationFailedException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.rehabtrack.system.RehabtrackConfig;

/**
 * Counts failed sign-ins in a row per user name and per address. Past the limit, that name or
 * address is refused for the lockout period, whether the password is right or not, and whether
 * the user exists or not, so the refusal tells nothing. A success clears both counts. Counts are
 * kept in memory, per instance.
 */
@ApplicationScoped
public class SignInThrottle {

    private static final int MAX_TRACKED = 100_000;

    /** Attribute of the refusal: seconds to wait, for a {@code Retry-After} header. */
    public static final String RETRY_AFTER = "retry-after-seconds";

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;
    private final int maxPerUser;
    private final int maxPerAddress;
    private final Duration lockout;

    SignInThrottle(Clock clock, RehabtrackConfig config) {
        this.clock = clock;
        this.maxPerUser = config.security().signIn().maxFailures();
        this.maxPerAddress = config.security().signIn().maxFailuresPerAddress();
        this.lockout = config.security().signIn().lockout();
    }

    private record Failures(int count, Instant last) {}

    /** Refuses, saying how long to wait ({@link #RETRY_AFTER}), when the name or the address has failed too often. */
    public void check(String username, String address) {
        Instant now = clock.instant();
        long wait = Math.max(wait(key("user", username), maxPerUser, now), wait(key("address", address), maxPerAddress,
                now));
        if (wait > 0) {
            throw new AuthenticationFailedException("Too many failed sign-ins", Map.of(RETRY_AFTER, wait));
        }
    }

    public void failed(String username, String address) {
        Instant now = clock.instant();
        if (failures.size() > MAX_TRACKED) {
            failures.values().removeIf(f -> f.last().plus(lockout).isBefore(now));
        }
        for (String key : new String[] {key("user", username), key("address", address)}) {
            failures.merge(key, new Failures(1, now), (old, one) -> old.last().plus(lockout).isBefore(now)
                    ? one : new Failures(old.count() + 1, now));
        }
    }

    public void succeeded(String username, String address) {
        failures.remove(key("user", username));
        failures.remove(key("address", address));
    }

    /** Seconds to wait before this key may try again; 0 when it may now. */
    private long wait(String key, int max, Instant now) {
        Failures f = failures.get(key);
        if (f == null || f.count() < max) {
            return 0;
        }
        Instant free = f.last().plus(lockout);
        return now.isBefore(free) ? Math.max(1, Duration.between(now, free).toSeconds()) : 0;
    }

    private static String key(String kind, String value) {
        return kind + ":" + (value == null ? "" : UserRepository.normalise(value));
    }
}
