package org.rehabtrack.system;

import java.time.LocalDate;

/**
 * A value worked out for a record and kept between requests, with what it was worked out under: the
 * record's stamp, the exchange rates' stamp and the day. It holds while all three are the same when
 * read again.
 */
public record Stamped<S, V>(S stamp, String rates, LocalDate day, V value) {

    /** Whether the value still holds under the stamps read now. */
    public boolean holds(S stamp, String rates, LocalDate day) {
        return this.stamp.equals(stamp) && this.rates.equals(rates) && this.day.equals(day);
    }
}
