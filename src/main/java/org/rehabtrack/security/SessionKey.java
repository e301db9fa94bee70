package org.rehabtrack.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.rehabtrack.system.ProductionSettings;
import org.rehabtrack.system.RehabtrackConfig;

/**
 * The session key (REHABTRACK_SESSION_KEY): it keys the HMAC that the database keeps of session
 * tokens, and the one that makes CSRF tokens. A demo without one uses the demo key; production
 * refuses to start without its own ({@link ProductionSettings}).
 */
@ApplicationScoped
public class SessionKey {

    private final SecretKeySpec key;

    SessionKey(RehabtrackConfig config) {
        String secret =
                config.security()
                        .sessionKey()
                        .filter(k -> !k.isBlank())
                        .orElse(ProductionSettings.DEMO_SESSION_KEY);
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
