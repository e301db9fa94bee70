package org.rehabtrack.center;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** The descriptive fields of a center, shared by its creation and its updates, with their rules. */
public class CenterDetails {

    @NotBlank
    @Size(max = 200)
    public String name;

    @NotNull public CenterType type;

    @NotBlank
    @Size(max = 100)
    public String department;

    @NotBlank
    @Size(max = 100)
    public String municipality;

    @DecimalMin("-90")
    @DecimalMax("90")
    @Digits(integer = 2, fraction = 6)
    public BigDecimal latitude;

    @DecimalMin("-180")
    @DecimalMax("180")
    @Digits(integer = 3, fraction = 6)
    public BigDecimal longitude;

    /** Who the center receives, in words: "returned adults and families". */
    @Size(max = 500)
    public String populationServed;

    /** Design capacity in persons. */
    @PositiveOrZero
    @Max(100_000)
    public Integer capacity;

    /** Acronym of the partner that runs the center. */
    @Size(max = 20)
    public String administeringInstitution;

    /** Copies the descriptive fields of {@code center} into {@code into}. */
    static <T extends CenterDetails> T of(Center center, T into) {
        into.name = center.getName();
        into.type = center.getType();
        into.department = center.getDepartment();
        into.municipality = center.getMunicipality();
        into.latitude = center.getLatitude();
        into.longitude = center.getLongitude();
        into.populationServed = center.getPopulationServed();
        into.capacity = center.getCapacity();
        into.administeringInstitution =
                center.getAdministeringInstitution() == null
                        ? null
                        : center.getAdministeringInstitution().getAcronym();
        return into;
    }
}
