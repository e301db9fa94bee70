package org.rehabtrack.budget;

import java.util.Optional;
import java.util.function.Supplier;
import org.rehabtrack.system.Refusal;
import org.rehabtrack.system.Refusal.Reason;

/**
 * A figure in dollars that needs exchange rates: worked out, or unknown because an amount's
 * currency has no rate recorded on or before the date (funding.RatesOn refuses it with {@link
 * Reason#MISSING_RATE}). The one rule for a missing rate, for every roll-up: an unknown figure is
 * blank where it is one of many ({@link #listed()}: a list of centers, a center's headline figures,
 * the dashboard) and refused where it is itself what was asked for ({@link #asked()}: a center's
 * budget, the portfolio, the budget workbook), which the API answers 409 {@code
 * /problems/missing-rate} naming the currency and the date. Any other refusal is not a missing rate
 * and goes on.
 */
final class RatedFigure<T> {

    private final T figure;
    private final Refusal missing;

    private RatedFigure(T figure, Refusal missing) {
        this.figure = figure;
        this.missing = missing;
    }

    /** Works a figure out; unknown when one of its amounts has no exchange rate. */
    static <T> RatedFigure<T> workOut(Supplier<T> work) {
        try {
            return new RatedFigure<>(work.get(), null);
        } catch (Refusal refused) {
            if (refused.reason() != Reason.MISSING_RATE) {
                throw refused;
            }
            return new RatedFigure<>(null, refused);
        }
    }

    /** The figure that was asked for: refused, naming the missing rate, when it is unknown. */
    T asked() {
        if (missing != null) {
            throw missing;
        }
        return figure;
    }

    /** The figure as one of many: empty (shown blank) when it is unknown. */
    Optional<T> listed() {
        return Optional.ofNullable(figure);
    }
}
