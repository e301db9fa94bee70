package org.rehabtrack.works;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A progress report: cumulative physical % complete on a date. */
public class ProgressRequest {

    @NotNull public LocalDate date;

    @NotNull
    @DecimalMin("0")
    @DecimalMax("100")
    @Digits(integer = 3, fraction = 2)
    public BigDecimal percentComplete;

    @Size(max = 2000)
    public String note;

    /** Required when the percentage is lower than the last one reported. */
    @Size(max = 1000)
    public String correctionReason;
}
