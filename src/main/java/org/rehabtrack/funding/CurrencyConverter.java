package org.rehabtrack.funding;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.rehabtrack.system.Refusal;
import org.rehabtrack.system.Refusal.Reason;
import org.rehabtrack.system.money.Money;

/**
 * Converts money to US dollars at the rate in force on a date, half up to the cent, and says which
 * rate it used. The one place where currencies meet.
 */
@ApplicationScoped
public class CurrencyConverter {

    public static final String USD = "USD";

    private final ExchangeRateRepository rates;

    CurrencyConverter(ExchangeRateRepository rates) {
        this.rates = rates;
    }

    public Conversion toUsd(Money money, LocalDate date) {
        if (USD.equals(money.currency())) {
            return new Conversion(money, money, BigDecimal.ONE, null, null, null);
        }
        ExchangeRate rate =
                rates.onDate(money.currency(), date)
                        .orElseThrow(
                                () ->
                                        Refusal.refused(
                                                Reason.MISSING_RATE,
                                                "rate.missing",
                                                money.currency(),
                                                date));
        return convert(money, rate);
    }

    /**
     * The rate in force on a date for every currency, read in one query, to convert many amounts.
     */
    public RatesOn ratesOn(LocalDate date) {
        java.util.Map<String, ExchangeRate> byCurrency = new java.util.HashMap<>();
        rates.inForceOn(date).forEach(rate -> byCurrency.put(rate.getCurrency(), rate));
        return new RatesOn(date, byCurrency);
    }

    /** A dollar amount in {@code currency} at the rate in force on a date, half up to the cent. */
    public Money fromUsd(Money usd, String currency, LocalDate date) {
        if (USD.equals(currency)) {
            return usd;
        }
        ExchangeRate rate =
                rates.onDate(currency, date)
                        .orElseThrow(
                                () ->
                                        Refusal.refused(
                                                Reason.MISSING_RATE,
                                                "rate.missing",
                                                currency,
                                                date));
        return new Money(
                usd.amount().multiply(rate.getUnitsPerUsd()).setScale(2, RoundingMode.HALF_UP),
                currency);
    }

    /**
     * The conversion of {@code money} at {@code rate}: amount divided by units per dollar, to the
     * cent.
     */
    static Conversion convert(Money money, ExchangeRate rate) {
        BigDecimal usd = money.amount().divide(rate.getUnitsPerUsd(), 2, RoundingMode.HALF_UP);
        return new Conversion(
                money,
                new Money(usd, USD),
                rate.getUnitsPerUsd(),
                rate.getRateDate(),
                rate.getId(),
                rate.getSource());
    }
}
