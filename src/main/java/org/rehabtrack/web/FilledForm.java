package org.rehabtrack.web;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A form as the page draws it: empty when first shown, or, when a post was refused, with what the
 * user typed and the error of each field ({@code ""} is the form's own error). A refused form is
 * drawn in the answer to the post itself (422), so nothing typed is kept anywhere else.
 */
public record FilledForm(Map<String, String> values, Map<String, String> errors) {

    public static final FilledForm EMPTY = new FilledForm(Map.of(), Map.of());

    /** A refused form: the values typed, by field name, in order, and their errors. */
    static FilledForm refused(FormErrors errors, String... namesAndValues) {
        Map<String, String> typed = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            typed.put(
                    namesAndValues[i], namesAndValues[i + 1] == null ? "" : namesAndValues[i + 1]);
        }
        return new FilledForm(typed, errors.map());
    }

    /** The typed value of a field, or its default when the form is shown afresh. */
    public String value(String field, Object fallback) {
        return errors.isEmpty()
                ? (fallback == null ? "" : fallback.toString())
                : values.getOrDefault(field, "");
    }

    /** Whether an option of a choice is the one typed (or, afresh, the default). */
    public boolean selected(String field, Object fallback, Object option) {
        return value(field, fallback).equals(String.valueOf(option));
    }

    /**
     * Whether a box of a field that holds several choices, one per line, is ticked: as typed, or,
     * afresh, when the defaults hold it.
     */
    public boolean ticked(String field, Collection<?> fallback, Object option) {
        String choice = String.valueOf(option);
        return errors.isEmpty()
                ? fallback.stream().map(String::valueOf).anyMatch(choice::equals)
                : List.of(values.getOrDefault(field, "").split("\n")).contains(choice);
    }

    public String error(String field) {
        return errors.get(field);
    }

    public boolean invalid(String field) {
        return errors.containsKey(field);
    }

    /**
     * Whether the field is the first one in error, in the order the form was typed, which the page
     * focuses so that a keyboard or screen reader user starts where the fixing does.
     */
    public boolean first(String field) {
        return values.keySet().stream()
                .filter(errors::containsKey)
                .findFirst()
                .map(field::equals)
                .orElse(false);
    }

    public boolean refused() {
        return !errors.isEmpty();
    }
}
