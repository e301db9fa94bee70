package org.rehabtrack.report.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * The dated occasions of a monthly or quarterly schedule: on its day of the month at {@link #HOUR}
 * in the service's time zone, each about the month (or quarter) before it, up to the day before the
 * occasion's month began. A schedule catches up: every occasion due since it was set (or since the
 * one it sent last) and not later than now is due, the oldest first, at most {@link #CATCH_UP} of
 * them, so that a service down for a while sends, once back, what it would have sent.
 */
public final class Occasions {

    /** The hour of the day a dated occasion is due. */
    static final LocalTime HOUR = LocalTime.of(6, 0);

    /** The most occasions one schedule catches up at once; older ones are not sent. */
    static final int CATCH_UP = 12;

    private Occasions() {}

    /**
     * The occasions of a dated schedule due after {@code since} (excluded) and up to {@code now}
     * (included), the oldest first.
     */
    public static List<Occasion> due(
            Cadence cadence, int dayOfMonth, Instant since, Instant now, ZoneId zone) {
        if (cadence == Cadence.PHASE_CHANGE) {
            throw new IllegalArgumentException("A phase change is not a dated occasion");
        }
        int step = cadence == Cadence.QUARTERLY ? 3 : 1;
        YearMonth month = YearMonth.from(since.atZone(zone));
        if (cadence == Cadence.QUARTERLY) {
            month = month.minusMonths((month.getMonthValue() - 1) % 3);
        }
        List<Occasion> due = new ArrayList<>();
        while (true) {
            Occasion occasion = of(cadence, month, dayOfMonth, zone);
            if (occasion.due().isAfter(now)) {
                break;
            }
            if (occasion.due().isAfter(since)) {
                due.add(occasion);
            }
            month = month.plusMonths(step);
        }
        return due.size() > CATCH_UP ? due.subList(due.size() - CATCH_UP, due.size()) : due;
    }

    /** The occasion of a month (a quarter's first month for a quarterly schedule). */
    static Occasion of(Cadence cadence, YearMonth month, int dayOfMonth, ZoneId zone) {
        Instant due = month.atDay(dayOfMonth).atTime(HOUR).atZone(zone).toInstant();
        if (cadence == Cadence.QUARTERLY) {
            YearMonth first = month.minusMonths(3);
            String key = month.getYear() + "-Q" + ((month.getMonthValue() - 1) / 3 + 1);
            return new Occasion(
                    key,
                    due,
                    first.atDay(1),
                    month.minusMonths(1).atEndOfMonth(),
                    month.minusMonths(1).atEndOfMonth());
        }
        YearMonth before = month.minusMonths(1);
        return new Occasion(
                month.toString(),
                due,
                before.atDay(1),
                before.atEndOfMonth(),
                before.atEndOfMonth());
    }

    private static final String PHASE_CHANGE = "phase-";

    /** The occasion of a phase change: due when recorded, its workbooks as of the change's date. */
    public static Occasion phaseChange(long phaseChange, Instant recordedAt, LocalDate date) {
        return new Occasion(PHASE_CHANGE + phaseChange, recordedAt, null, null, date);
    }

    /** The phase change an occasion is sent for; empty for a dated occasion. */
    public static OptionalLong phaseChangeOf(String key) {
        return key.startsWith(PHASE_CHANGE)
                ? OptionalLong.of(Long.parseLong(key.substring(PHASE_CHANGE.length())))
                : OptionalLong.empty();
    }
}
