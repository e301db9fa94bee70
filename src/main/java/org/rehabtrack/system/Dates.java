package org.rehabtrack.system;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/**
 * How every date a client sends is read, in JSON, forms and query parameters alike: YYYY-MM-DD, a
 * day that exists, from 1900 to 2199. A programme's dates never leave those years; one that does is
 * a typing slip, and would stretch every timeline drawn from it across millennia.
 */
public final class Dates {

    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2199, 12, 31);
    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    private Dates() {}

    /** The date the text holds; empty when it holds none, or one outside the years above. */
    public static Optional<LocalDate> parse(String text) {
        try {
            LocalDate date = LocalDate.parse(text.strip(), FORMAT);
            return date.isBefore(EARLIEST) || date.isAfter(LATEST)
                    ? Optional.empty()
                    : Optional.of(date);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
