package org.rehabtrack.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.rehabtrack.system.RehabtrackConfig;

/** The sessions as the database holds them: found by their token's HMAC, touched, ended. */
@ApplicationScoped
class StoredSessions {

    /** An open session's user, when it was opened and when it was last used. */
    record Found(SecurityIdentity identity, Instant createdAt, Instant lastSeenAt) {}

    private final EntityManager em;
    private final boolean demoRun;

    StoredSessions(EntityManager em, RehabtrackConfig config) {
        this.em = em;
        this.demoRun = config.demo();
    }

    /**
     * The session of this token HMAC while it is open and its user may sign in, its last use
     * written when older than {@code touchEvery}; a session found ended is deleted and refused.
     */
    @ActivateRequestContext
    @Transactional(
            dontRollbackOn = AuthenticationFailedException.class) // an ended session stays deleted
    Found identity(
            String hash, Instant now, Duration touchEvery, Duration idle, Duration absolute) {
        List<UserSession> found =
                em.createQuery(
                                "from UserSession s join fetch s.user u left join fetch u.organisation"
                                        + " where s.tokenHash = :hash",
                                UserSession.class)
                        .setParameter("hash", hash)
                        .getResultList();
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
        if (session.getLastSeenAt().plus(touchEvery).isBefore(now)) {
            session.seen(now);
        }
        return new Found(
                SignIn.identity(session.getUser()),
                session.getCreatedAt(),
                session.getLastSeenAt());
    }
}
