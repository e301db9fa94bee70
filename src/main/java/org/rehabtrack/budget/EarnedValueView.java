package org.rehabtrack.budget;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.rehabtrack.system.money.Money;
import org.rehabtrack.works.EarnedValue;

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

    static EarnedValueView of(EarnedValue v) {
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
