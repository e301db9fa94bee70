package org.rehabtrack.system;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Replaces the application's clock in tests: a test sets "today" to check rules that depend on the
 * date, and {@link #reset()} returns to the real time.
 */
@Singleton
public class TestClock extends Clock {

    private static final ZoneId ZONE = ZoneId.of("America/Tegucigalpa");
    private volatile Instant fixed;

    public void setToday(LocalDate today) {
        fixed = today.atTime(12, 0).atZone(ZONE).toInstant();
    }

    /** Stops the clock at a moment, to let time pass in steps. */
    public void setInstant(Instant instant) {
        fixed = instant;
    }

    public void reset() {
        fixed = null;
    }

    @Override
    public ZoneId getZone() {
        return ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("The application reads dates in its own zone");
    }

    @Override
    public Instant instant() {
        Instant now = fixed;
        return now != null ? now : Instant.now();
    }
}
