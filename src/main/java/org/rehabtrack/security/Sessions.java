package org.rehabtrack.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.rehabtrack.system.RandomTokens;
import org.rehabtrack.system.RehabtrackConfig;

/**
 * Browser sessions kept in the database, so that every instance knows them and signing out ends
 * them everywhere at once. The cookie carries a random token; the database keeps only its HMAC
 * under the session key, so a copy of the database opens no session. A session ends when signed
 * out, after the idle timeout, after the absolute timeout, or when its user is disabled or given a
 * new password; a session of a demo account ends at its next use in production.
 */
@ApplicationScoped
public class Sessions {

    /**
     * How often the last use is written, not on every request; and how long a session checked in
     * the database is kept without another look.
     */
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    /** Sessions kept at most: beyond, all are forgotten and checked again. */
    private static final int MOST_KEPT = 10_000;

    private final ConcurrentMap<String, Checked> checked = new ConcurrentHashMap<>();
    private final StoredSessions stored;
    private final SessionEpoch epoch;

    private final EntityManager em;
    private final UserRepository users;
    private final Clock clock;
    private final Duration idle;
    private final Duration absolute;
    private final SessionKey key;

    Sessions(
            EntityManager em,
            UserRepository users,
            Clock clock,
            RehabtrackConfig config,
            SessionKey key,
            StoredSessions stored,
            SessionEpoch epoch) {
        this.stored = stored;
        this.epoch = epoch;
        this.key = key;
        this.em = em;
        this.users = users;
        this.clock = clock;
        this.idle = config.security().session().idleTimeout();
        this.absolute = config.security().session().absoluteTimeout();
    }

    public Duration idleTimeout() {
        return idle;
    }

    /** Opens a session for a signed-in user and answers the token for its cookie. */
    @Transactional
    public String open(String username) {
        UserAccount user =
                users.findByUsername(username).orElseThrow(AuthenticationFailedException::new);
        String token = RandomTokens.next();
        em.persist(new UserSession(hash(token), user, clock.instant()));
        return token;
    }

    /**
     * The identity of a session's user, while the session is open and the user enabled. A session
     * checked in the database is kept for a minute at most, while the session epoch (raised with
     * every sign-out and every change to a user, on any instance) stays the same: a request then
     * costs one read of that number instead of a transaction and a query of the session, its user
     * and organisation. The epoch is read before the session, so a change committed in between is
     * seen by one or the other.
     */
    public SecurityIdentity identity(String token) {
        String hash = hash(token);
        long nowEpoch = epoch.current();
        Instant now = clock.instant();
        Checked checked = this.checked.get(hash);
        if (checked != null && checked.holds(nowEpoch, now)) {
            return checked.identity();
        }
        this.checked.remove(hash);
        StoredSessions.Found found = stored.identity(hash, now, TOUCH_EVERY, idle, absolute);
        if (this.checked.size() >= MOST_KEPT) {
            this.checked.clear();
        }
        this.checked.put(
                hash,
                new Checked(
                        found.identity(),
                        nowEpoch,
                        now,
                        min(found.lastSeenAt().plus(idle), found.createdAt().plus(absolute))));
        return found.identity();
    }

    /** A session found open at {@code at}, under an epoch, until its timeouts end it. */
    private record Checked(SecurityIdentity identity, long epoch, Instant at, Instant endsAt) {

        boolean holds(long current, Instant now) {
            return epoch == current && now.isBefore(at.plus(TOUCH_EVERY)) && now.isBefore(endsAt);
        }
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    /** Ends one session (signing out), on every instance at once. */
    @Transactional
    public void close(String token) {
        em.createQuery("delete from UserSession s where s.tokenHash = :hash")
                .setParameter("hash", hash(token))
                .executeUpdate();
        epoch.raise();
    }

    /** Ends every session of a user (disabled, or given a new password), on every instance. */
    @Transactional
    public void closeAll(UserAccount user) {
        em.createQuery("delete from UserSession s where s.user = :user")
                .setParameter("user", user)
                .executeUpdate();
        epoch.raise();
    }

    /**
     * A user's name, role or organisation changed: every instance reads its sessions again once the
     * caller's transaction commits, so the next request carries the change.
     */
    public void userChanged() {
        epoch.raise();
    }

    private String hash(String token) {
        return HexFormat.of().formatHex(key.hmac(token));
    }
}
