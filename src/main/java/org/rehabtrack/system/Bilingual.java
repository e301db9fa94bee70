package org.rehabtrack.system;

import java.util.Locale;
import java.util.Objects;
import org.rehabtrack.system.problem.Messages;

/**
 * A text in Spanish and in English, for what carries both at once: an IATI narrative in each
 * language, an XLSForm label column per language.
 */
public record Bilingual(String es, String en) {

    private static final Locale SPANISH = Locale.forLanguageTag("es");

    public Bilingual {
        Objects.requireNonNull(es, "es");
        Objects.requireNonNull(en, "en");
    }

    /** The text of a key of the service's messages ({@link Messages}) in both languages. */
    public static Bilingual of(String key, Object... args) {
        return new Bilingual(
                Messages.get(SPANISH, key, args), Messages.get(Locale.ENGLISH, key, args));
    }
}
