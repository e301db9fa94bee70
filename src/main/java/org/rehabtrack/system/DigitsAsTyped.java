package org.rehabtrack.system;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text made of digits ("04", "04.02", "4000000.00") written to a workbook as a number whose format
 * shows it exactly as typed, leading and trailing zeros kept: spreadsheets do not flag a number
 * stored as text, and it reads back the same.
 */
public final class DigitsAsTyped {

    private static final Pattern DIGITS = Pattern.compile("(\\d+)(?:\\.(\\d+))?");

    /** Past 15 digits a spreadsheet number loses precision: such text stays text. */
    private static final int MAX_LENGTH = 15;

    private DigitsAsTyped() {}

    /** The number format ("00.00") that shows these digits as typed; empty for other text. */
    public static Optional<String> format(String digits) {
        Matcher m = digits == null ? null : DIGITS.matcher(digits);
        if (m == null || !m.matches() || digits.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        return Optional.of(
                "0".repeat(m.group(1).length())
                        + (m.group(2) == null ? "" : "." + "0".repeat(m.group(2).length())));
    }
}
