package org.rehabtrack.system;

import java.util.Arrays;
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
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            String accepted =
                    Arrays.stream(type.getEnumConstants())
                            .map(Enum::name)
                            .collect(Collectors.joining(", "));
            throw Refusal.invalidField(
                    name, "error.wrongValue", new Message("format.oneOf", accepted));
        }
    }
}
