package org.rehabtrack.funding;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.rehabtrack.system.money.CurrencyCode;

/** A rate to record: units of {@code currency} per US dollar on {@code date}. */
public class NewExchangeRate {

    @NotNull @CurrencyCode public String currency;

    @NotNull public LocalDate date;

    @NotNull
    @DecimalMin(value = "0", inclusive = false)
    @Digits(integer = 12, fraction = 6)
    public BigDecimal unitsPerUsd;

    /** Who published it: "Banco Central de Honduras, tipo de cambio de referencia". */
    @NotBlank
    @Size(max = 200)
    public String source;
}
