package org.rehabtrack.security;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.rehabtrack.system.RehabtrackConfig;

/**
 * Checks passwords against their bcrypt hashes, remembering for each user a salted digest of the
 * last password that matched, so that an API client sending HTTP Basic on every request pays for
 * bcrypt once, not per request. A remembered match holds only while the user's hash is unchanged: a
 * new password forgets it. The salt is random per process and the digests never leave memory.
 *
 * <p>bcrypt costs a quarter of a second of a core: at most {@code max-parallel-checks} run at once,
 * and a check that finds none free within {@code check-wait} is not run ({@link Busy}). Callers
 * hold no database connection while a check runs.
 *
 * <p>bcrypt reads only the first {@value #MAX_BYTES} bytes of a password: a longer one never
 * matches (the policy refuses to set one), so that no character of a password is ignored.
 */
@ApplicationScoped
public class VerifiedPasswords {

    /** The most bytes (UTF-8) of a password that bcrypt reads. */
    public static final int MAX_BYTES = 72;

    private static final int MAX_REMEMBERED = 10_000;

    /**
     * Compared against when the user is unknown, so that answer takes as long as a wrong password.
     */
    private static final String NO_SUCH_USER =
            BcryptUtil.bcryptHash(UUID.randomUUID().toString(), UserService.BCRYPT_COST);

    /** No password check came free in time: the sign-in may be tried again in a moment. */
    public static class Busy extends RuntimeException {
        Busy() {
            super("Every password check is taken", null, false, false);
        }
    }

    private record Remembered(String hash, byte[] digest) {}

    private final byte[] salt = new byte[32];
    private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();
    private final Semaphore checks;
    private final Duration wait;

    VerifiedPasswords(RehabtrackConfig config) {
        new SecureRandom().nextBytes(salt);
        this.checks =
                new Semaphore(Math.max(1, config.security().signIn().maxParallelChecks()), true);
        this.wait = config.security().signIn().checkWait();
    }

    /** Whether this is the password that last matched the user's current hash: no bcrypt needed. */
    public boolean remembered(UserAccount user, String password) {
        Remembered last = remembered.get(user.getUsername());
        return last != null
                && last.hash().equals(user.getPasswordHash())
                && MessageDigest.isEqual(last.digest(), digest(password));
    }

    /**
     * Checks the password with bcrypt: against the user's hash, or, for no user, against a hash
     * that nothing matches, at the same cost. Never true for a password bcrypt could not read
     * whole.
     *
     * @throws Busy when no check came free in time
     */
    public boolean matches(Optional<UserAccount> user, String password) {
        boolean readable = fitsBcrypt(password);
        String hash = user.isPresent() && readable ? user.get().getPasswordHash() : NO_SUCH_USER;
        try {
            if (!checks.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new Busy();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Busy();
        }
        try {
            // A password too long for bcrypt costs the same check, of something else, and never
            // matches.
            return BcryptUtil.matches(readable ? password : "", hash)
                    && user.isPresent()
                    && readable;
        } finally {
            checks.release();
        }
    }

    /** Remembers the password that matched, so that the user's next requests need no bcrypt. */
    public void remember(UserAccount user, String password) {
        if (remembered.size() >= MAX_REMEMBERED) {
            remembered.clear();
        }
        remembered.put(
                user.getUsername(), new Remembered(user.getPasswordHash(), digest(password)));
    }

    /** Whether bcrypt reads every byte of this password. */
    public static boolean fitsBcrypt(String password) {
        return password.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES;
    }

    private byte[] digest(String password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            return sha.digest(password.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
