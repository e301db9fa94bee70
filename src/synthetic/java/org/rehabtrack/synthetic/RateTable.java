package org.rehabtrack.synthetic;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.rehabtrack.funding.CurrencyConverter;

/**
 * The exchange rates of the database in memory, converting as {@link CurrencyConverter} and the
 * payment service do: the rate in force on a date is the latest on or before it; dollars are the
 * amount divided by units per dollar, and dollars in another currency the product, half up to the
 * cent.
 */
final class RateTable {

    record Rate(long id, BigDecimal unitsPerUsd) {}

    private final Map<String, TreeMap<LocalDate, Rate>> byCurrency = new HashMap<>();

    void put(String currency, LocalDate date, Rate rate) {
        byCurrency.computeIfAbsent(currency, c -> new TreeMap<>()).put(date, rate);
    }

    /** The rate in force on a date; null for dollars. */
    Rate onDate(String currency, LocalDate date) {
        if (CurrencyConverter.USD.equals(currency)) {
            return null;
        }
        Map.Entry<LocalDate, Rate> entry =
                byCurrency.getOrDefault(currency, new TreeMap<>()).floorEntry(date);
        if (entry == null) {
            throw new IllegalStateException("No " + currency + " rate on or before " + date);
        }
        return entry.getValue();
    }

    BigDecimal toUsd(BigDecimal amount, String currency, LocalDate date) {
        Rate rate = onDate(currency, date);
        return rate == null ? amount : amount.divide(rate.unitsPerUsd(), 2, RoundingMode.HALF_UP);
    }

    BigDecimal fromUsd(BigDecimal usd, String currency, LocalDate date) {
        Rate rate = onDate(currency, date);
        return rate == null
                ? usd
                : usd.multiply(rate.unitsPerUsd()).setScale(2, RoundingMode.HALF_UP);
    }

    /**
     * What a payment of {@code amount} charges to a grant in {@code sourceCurrency}, as
     * ExpenditureService says.
     */
    BigDecimal charged(BigDecimal amount, String currency, String sourceCurrency, LocalDate date) {
        return currency.equals(sourceCurrency)
                ? amount
                : fromUsd(toUsd(amount, currency, date), sourceCurrency, date);
    }
}
