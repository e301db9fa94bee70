package org.rehabtrack.works;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.rehabtrack.system.money.CurrencyCode;

/** A change order as a client asks for it: amount and days may be negative (removed). */
public class ChangeOrderRequest {

    @NotNull
    @Digits(integer = 13, fraction = 2)
    @DecimalMin("-1e13")
    @DecimalMax("1e13")
    public BigDecimal amount;

    /** The contract's currency. */
    @NotNull @CurrencyCode public String currency;

    @Min(-3650)
    @Max(3650)
    public int days;

    @NotBlank
    @Size(max = 2000)
    public String reason;
}
