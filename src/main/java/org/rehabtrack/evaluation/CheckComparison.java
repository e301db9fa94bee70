package org.rehabtrack.evaluation;

import java.math.BigDecimal;

/** One standards check in two evaluations of a center, and how it moved between them. */
public record CheckComparison(
        StandardCheckKind check,
        BigDecimal before,
        Boolean passedBefore,
        BigDecimal after,
        Boolean passedAfter,
        Change change) {

    public enum Change {
        /** Failed before, passes now: fixed by the works. */
        NOW_PASSES,
        NOW_FAILS,
        STILL_PASSES,
        STILL_FAILS,
        /** Not measured in one of the two. */
        NOT_COMPARABLE
    }

    static CheckComparison of(StandardCheck before, StandardCheck after) {
        Change change;
        if (before.passed() == null || after.passed() == null) {
            change = Change.NOT_COMPARABLE;
        } else if (before.passed()) {
            change = after.passed() ? Change.STILL_PASSES : Change.NOW_FAILS;
        } else {
            change = after.passed() ? Change.NOW_PASSES : Change.STILL_FAILS;
        }
        return new CheckComparison(
                after.check(),
                before.value(),
                before.passed(),
                after.value(),
                after.passed(),
                change);
    }
}
