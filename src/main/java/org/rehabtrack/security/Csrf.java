package org.rehabtrack.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Tokens against cross-site request forgery, as OWASP describes them. A signed-in browser's token is
 * an HMAC of its session token under the session key: every form carries it in the field
 * {@value #FIELD}, and a script calling the API with the session cookie sends it in the header
 * {@value #HEADER}. Before signing in, the sign-in form uses a double-submit cookie
 * ({@value #COOKIE}) with a random value.
 */
@ApplicationScoped
public class Csrf {

    public static final String FIELD = "csrf-token";
    public static final String HEADER = "X-CSRF-Token";
    public static final String COOKIE = "rehabtrack-csrf";

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    Csrf() {
        String secret = ConfigProvider.getConfig().getOptionalValue(ProductionGuard.SESSION_KEY, String.class)
                .orElse(ProductionGuard.DEMO_KEY_PREFIX);
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** The token of a session. */
    public String tokenOf(String sessionToken) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] token = mac.doFinal(("csrf:" + sessionToken).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(token);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A random value for the sign-in form's double-submit cookie. */
    public String fresh() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether a submitted token is the expected one, compared in constant time. */
    public static boolean matches(String expected, String submitted) {
        return expected != null && submitted != null && !expected.isEmpty()
                && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                        submitted.getBytes(StandardCharsets.UTF_8));
    }
}
