package org.rehabtrack.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.rehabtrack.system.Refusal;

/**
 * The password rules of OWASP ASVS 5 (V6.2): at least 8 characters, any characters, no composition
 * rules, and none of the most common passwords, nor the user's own name. Length counts Unicode code
 * points, so a pass phrase in any script counts each of its letters once.
 *
 * <p>At most {@value VerifiedPasswords#MAX_BYTES} bytes in UTF-8: bcrypt reads no further, and
 * would silently ignore the rest of a longer password (any text after its first 72 bytes would sign
 * in). That is 72 characters without accents (ASVS asks for at least 64), fewer with accented
 * letters (two bytes each) or in other scripts (up to four).
 */
@ApplicationScoped
public class PasswordPolicy {

    static final int MIN_LENGTH = 8;

    private final Set<String> common = load("security/common-passwords.txt");

    /** Refuses, naming the field {@code password}, a password these rules do not allow. */
    public void check(String username, String password) {
        if (password == null || password.isEmpty()) {
            throw Refusal.invalidField("password", "error.required");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            throw Refusal.invalidField(
                    "password", "user.passwordLength", MIN_LENGTH, VerifiedPasswords.MAX_BYTES);
        }
        if (!VerifiedPasswords.fitsBcrypt(password)) {
            throw Refusal.invalidField(
                    "password", "user.passwordTooLong", VerifiedPasswords.MAX_BYTES);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (common.contains(lower)
                || username != null && lower.equals(username.toLowerCase(Locale.ROOT))) {
            throw Refusal.invalidField("password", "user.passwordCommon");
        }
    }

    private static Set<String> load(String resource) {
        Set<String> words = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getClassLoader().getResourceAsStream(resource);
                BufferedReader reader =
                        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    words.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }
}
