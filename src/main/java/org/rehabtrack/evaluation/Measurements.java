package org.rehabtrack.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;

/**
 * What engineers measured on site. Every figure is optional: a check whose figures are missing says
 * so instead of passing or failing.
 */
@Embeddable
public class Measurements {

    /** Persons the center is designed for. */
    @PositiveOrZero
    @Max(100_000)
    public Integer personsDesignCapacity;

    /** Most persons seen at once; the checks use it when given, else the design capacity. */
    @PositiveOrZero
    @Max(100_000)
    public Integer personsObservedPeak;

    /** Whether people stay overnight (longer-stay standards) or only during the day. */
    public Boolean overnightStay;

    /** Covered living area, m². */
    @DecimalMin("0")
    @Digits(integer = 7, fraction = 2)
    @Column(name = "covered_area_m2")
    public BigDecimal coveredAreaM2;

    @PositiveOrZero
    @Max(10_000)
    public Integer toiletsFemale;

    @PositiveOrZero
    @Max(10_000)
    public Integer toiletsMale;

    /** Toilets accessible to persons with disabilities, usable by anyone. */
    @PositiveOrZero
    @Max(10_000)
    public Integer toiletsAccessible;

    @PositiveOrZero
    @Max(10_000)
    public Integer showers;

    @PositiveOrZero
    @Max(10_000)
    public Integer handwashingPoints;

    /** Water available per day, litres. */
    @DecimalMin("0")
    @Digits(integer = 9, fraction = 2)
    public BigDecimal waterLitresPerDay;

    /** Lowest floor-to-ceiling height in the living areas, metres. */
    @DecimalMin("0")
    @DecimalMax("100")
    @Digits(integer = 3, fraction = 2)
    @Column(name = "min_ceiling_height_m")
    public BigDecimal minCeilingHeightM;

    /** Child-friendly space, m². */
    @DecimalMin("0")
    @Digits(integer = 7, fraction = 2)
    @Column(name = "child_friendly_space_m2")
    public BigDecimal childFriendlySpaceM2;

    /** Beds or sleeping mats. */
    @PositiveOrZero
    @Max(100_000)
    public Integer beds;

    @PositiveOrZero
    @Max(10_000)
    public Integer familyRooms;

    @PositiveOrZero
    @Max(10_000)
    public Integer fireExtinguishers;

    @PositiveOrZero
    @Max(1_000)
    public Integer emergencyExits;

    /** The persons the checks count: the observed peak where given, else the design capacity. */
    public Integer personsForChecks() {
        return personsObservedPeak != null ? personsObservedPeak : personsDesignCapacity;
    }

    /** Every toilet, whoever may use it; null when none of the three counts was measured. */
    public Integer toiletsTotal() {
        if (toiletsFemale == null && toiletsMale == null && toiletsAccessible == null) {
            return null;
        }
        return zeroIfNull(toiletsFemale) + zeroIfNull(toiletsMale) + zeroIfNull(toiletsAccessible);
    }

    private static int zeroIfNull(Integer value) {
        return value == null ? 0 : value;
    }
}
