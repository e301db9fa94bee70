package org.rehabtrack.system;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import org.rehabtrack.system.Refusal.Message;

/**
 * Reads filter parameters. JAX-RS answers 404 when a query parameter does not convert; a filter
 * with a wrong value is a 400 naming the parameter and what it accepts.
 */
public final class QueryParams {

    private QueryParams() {}

    /** The date {@code value} (YYYY-MM-DD); null when the parameter is absent or empty. */
    public static java.time.LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Dates.parse(value)
                .orElseThrow(
                        () ->
                                Refusal.invalidField(
                                        name, "error.wrongValue", new Message("format.date")));
    }

    /**
     * The constant of {@code type} named {@code value}; null when the parameter is absent or empty.
     */
    public static <E extends Enum<E>> E enumValue(Class<E> type, String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return known(type, value)
                .orElseThrow(
                        () -> {
                            String accepted =
                                    Arrays.stream(type.getEnumConstants())
                                            .map(Enum::name)
                                            .collect(Collectors.joining(", "));
                            return Refusal.invalidField(
                                    name,
                                    "error.wrongValue",
                                    new Message("format.oneOf", accepted));
                        });
    }

    /**
     * The constant of {@code type} named {@code value}, spaces around it aside; none when the value
     * is absent, empty or names no constant (for a page that shows everything rather than refuse).
     */
    public static <E extends Enum<E>> Optional<E> known(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Enum.valueOf(type, value.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
