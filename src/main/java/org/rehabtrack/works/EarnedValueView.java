package org.rehabtrack.works;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.rehabtrack.funding.CurrencyConverter;
import org.rehabtrack.system.money.Money;

/** Earned value as the API shows it: money figures in US dollars, indices as numbers. */
public record EarnedValueView(
        LocalDate statusDate,
        Money bac,
        Money pv,
        Money ev,
        Money ac,
        BigDecimal spi,
        BigDecimal cpi,
        Money eac) {

    public static EarnedValueView of(EarnedValue v) {
        return new EarnedValueView(
                v.statusDate(),
                usd(v.bac()),
                usd(v.pv()),
                usd(v.ev()),
                usd(v.ac()),
                v.spi(),
                v.cpi(),
                v.eac() == null ? null : usd(v.eac()));
    }

    private static Money usd(BigDecimal amount) {
        return new Money(amount, CurrencyConverter.USD);
    }
}
