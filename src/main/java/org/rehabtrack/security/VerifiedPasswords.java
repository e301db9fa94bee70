package org.rehabtrack.security;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks passwords against their bcrypt hashes, remembering for each user a salted digest of the
 * last password that matched, so that an API client sending HTTP Basic on every request pays for
 * bcrypt once, not per request. A remembered match holds only while the user's hash is unchanged:
 * a new password forgets it. The salt is random per process and the digests never leave memory.
 */
@ApplicationScoped
public class VerifiedPasswords {

    private static final int MAX_REMEMBERED = 10_000;

    /** The outcome of a check: matched now with bcrypt, matched from memory, or wrong. */
    public enum Outcome {
        VERIFIED,
        REMEMBERED,
        WRONG
    }

    private record Remembered(String hash, byte[] digest) {}

    private final byte[] salt = new byte[32];
    private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();

    VerifiedPasswords() {
        new SecureRandom().nextBytes(salt);
    }

    public Outcome check(UserAccount user, String password) {
        byte[] digest = digest(password);
        Remembered last = remembered.get(user.getUsername());
        if (last != null && last.hash().equals(user.getPasswordHash()) && MessageDigest.isEqual(last.digest(), digest)) {
            return Outcome.REMEMBERED;
        }
        if (!BcryptUtil.matches(password, user.getPasswordHash())) {
            return Outcome.WRONG;
        }
        if (remembered.size() >= MAX_REMEMBERED) {
            remembered.clear();
        }
        remembered.put(user.getUsername(), new Remembered(user.getPasswordHash(), digest));
        return Outcome.VERIFIED;
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
