package org.rehabtrack.finding;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.rehabtrack.system.money.Money;

/** The fields of a finding that engineers write, shared by its creation and its updates. */
public class FindingDetails {

    @NotNull public FindingCategory category;

    @NotNull public Severity severity;

    @NotBlank
    @Size(max = 200)
    public String title;

    /** What was seen. */
    @Size(max = 10_000)
    public String description;

    /** Where on the site: "Bloque B, baños de mujeres". */
    @Size(max = 200)
    public String location;

    @Size(max = 10_000)
    public String recommendation;

    @Valid public Money estimatedCost;

    /** Where the finding was seen, in degrees; with the longitude or not at all. */
    @DecimalMin("-90")
    @DecimalMax("90")
    @Digits(integer = 2, fraction = 6)
    public BigDecimal latitude;

    @DecimalMin("-180")
    @DecimalMax("180")
    @Digits(integer = 3, fraction = 6)
    public BigDecimal longitude;
}
