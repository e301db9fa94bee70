package org.rehabtrack.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
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

    /** How often the last use is written: not on every request. */
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    private final EntityManager em;
    private final UserRepository users;
    private final Clock clock;
    private final Duration idle;
    private final Duration absolute;
    private final SessionKey key;
    private final boolean demoRun;

    Sessions(
            EntityManager em,
            UserRepository users,
            Clock clock,
            RehabtrackConfig config,
            SessionKey key) {
        this.demoRun = config.demo();
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

    /** The identity of a session's user, while the session is open and the user enabled. */
    @ActivateRequestContext
    @Transactional(
            dontRollbackOn = AuthenticationFailedException.class) // an ended session stays deleted
    public SecurityIdentity identity(String token) {
        List<UserSession> found =
                em.createQuery(
                                "from UserSession s join fetch s.user u left join fetch u.organisation"
                                        + " where s.tokenHash = :hash",
                                UserSession.class)
                        .setParameter("hash", hash(token))
                        .getResultList();
        Instant now = clock.instant();
        if (found.isEmpty()) {
            throw new AuthenticationFailedException();
        }
        UserSession session = found.get(0);
        if (!session.getUser().maySignIn(demoRun)
                || session.getLastSeenAt().plus(idle).isBefore(now)
                || session.getCreatedAt().plus(absolute).isBefore(now)) {
            em.remove(session);
            throw new AuthenticationFailedException();
        }
        if (session.getLastSeenAt().plus(TOUCH_EVERY).isBefore(now)) {
            session.seen(now);
        }
        return SignIn.identity(session.getUser());
    }

    /** Ends one session (signing out). */
    @Transactional
    public void close(String token) {
        em.createQuery("delete from UserSession s where s.tokenHash = :hash")
                .setParameter("hash", hash(token))
                .executeUpdate();
    }

    /** Ends every session of a user: disabled, or given a new password. */
    @Transactional
    public void closeAll(UserAccount user) {
        em.createQuery("delete from UserSession s where s.user = :user")
                .setParameter("user", user)
                .executeUpdate();
    }

    private String hash(String token) {
        return HexFormat.of().formatHex(key.hmac(token));
    }
}
