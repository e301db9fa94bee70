package org.rehabtrack.funding;

import java.time.LocalDate;
import java.util.Map;
import org.rehabtrack.system.Refusal;
import org.rehabtrack.system.Refusal.Reason;
import org.rehabtrack.system.money.Money;

/**
 * The exchange rate in force on a date for every currency, read at once, so that converting many
 * amounts costs one query whatever their number: {@link CurrencyConverter#ratesOn(LocalDate)}.
 */
public final class RatesOn {

    private final LocalDate date;
    private final Map<String, ExchangeRate> byCurrency;

    public RatesOn(LocalDate date, Map<String, ExchangeRate> byCurrency) {
        this.date = date;
        this.byCurrency = byCurrency;
    }

    public LocalDate date() {
        return date;
    }

    /** The conversion at this date, or none for want of a rate. */
    public java.util.Optional<Conversion> find(Money money) {
        if (!CurrencyConverter.USD.equals(money.currency())
                && !byCurrency.containsKey(money.currency())) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(toUsd(money));
    }

    /**
     * As {@link CurrencyConverter#toUsd(Money, LocalDate)} at this date; refused (409) without a
     * rate.
     */
    public Conversion toUsd(Money money) {
        if (CurrencyConverter.USD.equals(money.currency())) {
            return new Conversion(money, money, java.math.BigDecimal.ONE, null, null, null);
        }
        ExchangeRate rate = byCurrency.get(money.currency());
        if (rate == null) {
            throw Refusal.refused(Reason.MISSING_RATE, "rate.missing", money.currency(), date);
        }
        return CurrencyConverter.convert(money, rate);
    }
}
