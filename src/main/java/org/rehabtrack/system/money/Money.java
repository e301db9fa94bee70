package org.rehabtrack.system.money;

import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/**
 * An exact amount in an ISO 4217 currency: {@code {"amount": "12500.00", "currency": "HNL"}}. The
 * amount is written as a decimal string, never a float, and always with two decimals.
 */
public record Money(
        @NotNull
                @DecimalMin("0")
                @Digits(integer = 13, fraction = 2)
                @JsonFormat(shape = JsonFormat.Shape.STRING)
                BigDecimal amount,
        @NotNull @CurrencyCode String currency) {

    /** Amounts are kept with two decimals; a value given with fewer is padded, never rounded. */
    public Money {
        if (amount != null && amount.scale() < 2) {
            amount = amount.setScale(2);
        }
    }

    public static Money of(String amount, String currency) {
        return new Money(new BigDecimal(amount), currency);
    }
}
