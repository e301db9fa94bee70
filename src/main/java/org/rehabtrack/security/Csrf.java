package org.rehabtrack.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import org.rehabtrack.system.RandomTokens;

/**
 * Tokens against cross-site request forgery, as OWASP describes them. A signed-in browser's token
 * is an HMAC of its session token under the session key: every form carries it in the field {@value
 * #FIELD}, and a script calling the API with the session cookie sends it in the header {@value
 * #HEADER}. Before signing in, the sign-in form uses a double-submit cookie ({@value #COOKIE}) with
 * a random value.
 */
@ApplicationScoped
public class Csrf {

    public static final String FIELD = "csrf-token";
    public static final String HEADER = "X-CSRF-Token";
    public static final String COOKIE = "rehabtrack-csrf";

    private static final java.util.regex.Pattern SIGN_IN_TOKEN =
            java.util.regex.Pattern.compile("[A-Za-z0-9_-]{43}");

    private final SessionKey key;

    Csrf(SessionKey key) {
        this.key = key;
    }

    /** The token of a session. */
    public String tokenOf(String sessionToken) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(key.hmac("csrf:" + sessionToken));
    }

    /** A random value for the sign-in form's double-submit cookie. */
    public String fresh() {
        return RandomTokens.next();
    }

    /**
     * The sign-in form's token: the browser's own double-submit cookie when it holds one of ours
     * (43 URL-safe characters), else a fresh one. Kept rather than renewed at every load, so that a
     * second sign-in form (another tab, or the form loaded again by the browser) does not spoil the
     * first one's token.
     */
    public String forSignInForm(String cookie) {
        return cookie != null && SIGN_IN_TOKEN.matcher(cookie).matches() ? cookie : fresh();
    }

    /** Whether a submitted token is the expected one, compared in constant time. */
    public static boolean matches(String expected, String submitted) {
        return expected != null
                && submitted != null
                && !expected.isEmpty()
                && MessageDigest.isEqual(
                        expected.getBytes(StandardCharsets.UTF_8),
                        submitted.getBytes(StandardCharsets.UTF_8));
    }
}
