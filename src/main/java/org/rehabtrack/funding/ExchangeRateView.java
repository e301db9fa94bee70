package org.rehabtrack.funding;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A recorded exchange rate. */
public record ExchangeRateView(
        long id, String currency, LocalDate date, BigDecimal unitsPerUsd, String source) {

    static ExchangeRateView of(ExchangeRate r) {
        return new ExchangeRateView(
                r.getId(), r.getCurrency(), r.getRateDate(), r.getUnitsPerUsd(), r.getSource());
    }
}
