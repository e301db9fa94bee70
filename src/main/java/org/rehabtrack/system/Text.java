package org.rehabtrack.system;

/**
 * The one rule on the characters of a text a client sends, wherever it enters (JSON bodies, PATCH
 * bodies, forms, multipart text parts, query parameters): it must be storable and writable back as
 * valid UTF-8, in JSON, HTML and spreadsheets. Refused are:
 *
 * <ul>
 *   <li>an unpaired UTF-16 surrogate (U+D800 to U+DFFF not part of a pair): it is no character at
 *       all; JSON's {@code "\ud800"} escape makes one, H2 stores it, and every answer that holds it
 *       then fails to be written as UTF-8 (one in a center's name broke {@code GET /api/centers});
 *       PostgreSQL's UTF-8 cannot store it;
 *   <li>NUL (U+0000), which PostgreSQL cannot store;
 *   <li>the noncharacters U+FFFE and U+FFFF, which XML 1.0, and so every workbook, cannot hold.
 * </ul>
 *
 * No keyboard types any of them. Everything else is accepted: control characters, right-to-left
 * marks, emoji and other pairs of surrogates, U+FFFD.
 */
public final class Text {

    /**
     * What replaces a refused character in text already stored (the Unicode replacement character).
     */
    public static final char REPLACEMENT = '\uFFFD';

    /** The problem message of a text refused for one of its characters. */
    public static final String MESSAGE = "error.textCharacter";

    private Text() {}

    /**
     * The index of the first refused character of {@code text}, or -1 when there is none (or no
     * text).
     */
    public static int firstRefused(CharSequence text) {
        if (text == null) {
            return -1;
        }
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '\u0000' || c == '\uFFFE' || c == '\uFFFF') {
                return i;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    return i;
                }
            } else if (Character.isLowSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether every character of {@code text} may be stored; true for no text. */
    public static boolean acceptable(CharSequence text) {
        return firstRefused(text) < 0;
    }

    /** Refuses (400, naming {@code field}) a text holding a character that cannot be stored. */
    public static String check(String field, String text) {
        if (!acceptable(text)) {
            throw Refusal.invalidField(field, MESSAGE);
        }
        return text;
    }

    /**
     * The text with each refused character replaced by U+FFFD; the same text when there is none.
     */
    public static String clean(String text) {
        int first = firstRefused(text);
        if (first < 0) {
            return text;
        }
        StringBuilder cleaned = new StringBuilder(text.length()).append(text, 0, first);
        int length = text.length();
        for (int i = first; i < length; i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)
                    && i + 1 < length
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                cleaned.append(c).append(text.charAt(++i));
            } else if (Character.isSurrogate(c)
                    || c == '\u0000'
                    || c == '\uFFFE'
                    || c == '\uFFFF') {
                cleaned.append(REPLACEMENT);
            } else {
                cleaned.append(c);
            }
        }
        return cleaned.toString();
    }
}
