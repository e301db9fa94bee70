package org.rehabtrack.funding;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.rehabtrack.system.money.Money;

/**
 * An amount converted to US dollars, with the rate used so it can be traced: {@code rateId} and
 * {@code rateDate} name the rate (null for an amount already in dollars).
 */
public record Conversion(
        Money original,
        Money usd,
        BigDecimal unitsPerUsd,
        LocalDate rateDate,
        Long rateId,
        String rateSource) {}
