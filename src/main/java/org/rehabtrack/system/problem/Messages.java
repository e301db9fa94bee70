package org.rehabtrack.system.problem;

import java.text.MessageFormat;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.rehabtrack.system.Languages;
import org.rehabtrack.system.Refusal;

/**
 * The user-facing texts of the service, in English and Spanish ({@code i18n/messages*.properties}).
 */
public final class Messages {

    public static final String BUNDLE = "i18n.messages";
    public static final List<Locale> SUPPORTED = Languages.SUPPORTED;

    // English is the base bundle: never fall back to the JVM's default language instead.
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Messages() {}

    public static String get(Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, supported(locale), NO_FALLBACK);
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        // Always through MessageFormat, arguments or not, so that '' is one quote in every text.
        return new MessageFormat(pattern, bundle.getLocale()).format(named(bundle, args));
    }

    /** A refusal's message, with any of its arguments that are messages themselves, resolved. */
    public static String get(Locale locale, Refusal.Message message) {
        Object[] args = message.args() == null ? new Object[0] : message.args().clone();
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof Refusal.Message nested) {
                args[i] = get(locale, nested);
            }
        }
        return get(locale, message.key(), args);
    }

    /**
     * The arguments as the text names them: each value of a {@link Labelled} enum by its name in
     * the bundle's language, and a collection as its elements so named, joined by commas ("—" when
     * empty).
     */
    private static Object[] named(ResourceBundle bundle, Object[] args) {
        if (args == null) {
            return null;
        }
        Object[] named = args.clone();
        for (int i = 0; i < named.length; i++) {
            if (named[i] instanceof Collection<?> values) {
                named[i] =
                        values.isEmpty()
                                ? "—"
                                : values.stream()
                                        .map(value -> String.valueOf(name(bundle, value)))
                                        .collect(Collectors.joining(", "));
            } else {
                named[i] = name(bundle, named[i]);
            }
        }
        return named;
    }

    private static Object name(ResourceBundle bundle, Object argument) {
        if (argument instanceof Enum<?> value) {
            Labelled labelled = value.getDeclaringClass().getAnnotation(Labelled.class);
            String key = labelled == null ? null : labelled.value() + "." + value.name();
            if (key != null && bundle.containsKey(key)) {
                return bundle.getString(key);
            }
        }
        return argument;
    }

    /** The supported language closest to the one asked for; see {@link Languages}. */
    public static Locale supported(Locale requested) {
        return Languages.supported(requested);
    }

    /** The caller's language, negotiated once for the whole service by {@link Languages}. */
    public static Locale negotiate(jakarta.ws.rs.core.HttpHeaders headers) {
        return Languages.of(headers);
    }

    /** The first of the caller's preferred languages that the service speaks. */
    public static Locale negotiate(List<Locale> acceptable) {
        return Languages.negotiate(acceptable);
    }
}
