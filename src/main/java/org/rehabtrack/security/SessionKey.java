package org.rehabtrack.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The session key (REHABTRACK_SESSION_KEY): it keys the HMAC that the database keeps of session
 * tokens, and the one that makes CSRF tokens. Production refuses to start without its own.
 */
@ApplicationScoped
public class SessionKey {

    private final SecretKeySpec key;

    SessionKey() {
        String secret = ConfigProvider.getConfig().getOptionalValue(ProductionGuard.SESSION_KEY, String.class)
                .orElse(ProductionGuard.DEMO_KEY_PREFIX);
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** HMAC-SHA256 of a text under the key. */
    public byte[] hmac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
