package org.rehabtrack.works;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;

/**
 * Earned value at a status date (DOMAIN.md), in one currency (USD in reports):
 *
 * <ul>
 *   <li>BAC, budget at completion;
 *   <li>PV, planned value: BAC times the share of the planned period elapsed, linear from the
 *       planned start (0) to the planned end (all of it);
 *   <li>EV, earned value: BAC times physical % complete;
 *   <li>AC, actual cost: what was paid;
 *   <li>SPI = EV / PV, CPI = EV / AC, two decimals, null where the divisor is zero;
 *   <li>EAC = BAC / CPI, computed as BAC × AC / EV so no rounded index enters it; null without EV.
 * </ul>
 *
 * Money figures are rounded half up to the cent; sums of packages add those figures and derive the
 * indices again from the sums.
 */
public record EarnedValue(
        LocalDate statusDate,
        BigDecimal bac,
        BigDecimal pv,
        BigDecimal ev,
        BigDecimal ac,
        BigDecimal spi,
        BigDecimal cpi,
        BigDecimal eac) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** One works package's earned value. */
    public static EarnedValue of(
            LocalDate statusDate,
            BigDecimal bac,
            LocalDate plannedStart,
            LocalDate plannedEnd,
            BigDecimal percentComplete,
            BigDecimal actualCost) {
        BigDecimal pv = cents(bac.multiply(plannedShare(statusDate, plannedStart, plannedEnd)));
        BigDecimal ev = cents(bac.multiply(percentComplete).divide(HUNDRED, MathContext.DECIMAL64));
        return from(statusDate, cents(bac), pv, ev, cents(actualCost));
    }

    /** The earned value of several packages together: a center, a portfolio. */
    public static EarnedValue sum(LocalDate statusDate, Collection<EarnedValue> parts) {
        BigDecimal bac = BigDecimal.ZERO.setScale(2);
        BigDecimal pv = bac;
        BigDecimal ev = bac;
        BigDecimal ac = bac;
        for (EarnedValue part : parts) {
            bac = bac.add(part.bac);
            pv = pv.add(part.pv);
            ev = ev.add(part.ev);
            ac = ac.add(part.ac);
        }
        return from(statusDate, bac, pv, ev, ac);
    }

    private static EarnedValue from(
            LocalDate statusDate, BigDecimal bac, BigDecimal pv, BigDecimal ev, BigDecimal ac) {
        BigDecimal spi = ratio(ev, pv);
        BigDecimal cpi = ratio(ev, ac);
        BigDecimal eac =
                ev.signum() == 0 ? null : cents(bac.multiply(ac).divide(ev, MathContext.DECIMAL64));
        return new EarnedValue(statusDate, bac, pv, ev, ac, spi, cpi, eac);
    }

    /** The share of the planned period elapsed at the status date, from 0 to 1. */
    static BigDecimal plannedShare(LocalDate statusDate, LocalDate start, LocalDate end) {
        if (start == null || end == null || !statusDate.isAfter(start)) {
            return BigDecimal.ZERO;
        }
        if (!statusDate.isBefore(end)) {
            return BigDecimal.ONE;
        }
        long elapsed = ChronoUnit.DAYS.between(start, statusDate);
        long planned = ChronoUnit.DAYS.between(start, end);
        return BigDecimal.valueOf(elapsed)
                .divide(BigDecimal.valueOf(planned), MathContext.DECIMAL64);
    }

    private static BigDecimal ratio(BigDecimal numerator, BigDecimal denominator) {
        return denominator.signum() == 0
                ? null
                : numerator.divide(denominator, 2, RoundingMode.HALF_UP);
    }

    private static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }
}
