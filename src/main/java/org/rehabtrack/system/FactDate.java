package org.rehabtrack.system;

import java.time.LocalDate;

/**
 * The one rule on the date of something that has happened (a visit, a signature, a decision, a
 * payment, a phase change, a milestone reached, a package's move): it may not be after today.
 */
public final class FactDate {

    private FactDate() {}

    /** Refuses {@code date}, naming {@code field}, when it is after {@code today}; null passes. */
    public static void notAfterToday(String field, LocalDate date, LocalDate today) {
        if (date != null && date.isAfter(today)) {
            throw Refusal.invalidField(field, "error.dateInFuture", today);
        }
    }
}
