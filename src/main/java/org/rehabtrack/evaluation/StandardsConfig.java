package org.rehabtrack.evaluation;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;

/**
 * The humanitarian minimum standards the measurements are checked against, each with the source it
 * comes from (DOMAIN.md). An agency that holds its centers to other figures changes them here.
 */
@ConfigMapping(prefix = "rehabtrack.standards")
public interface StandardsConfig {

    @WithDefault("3.5")
    BigDecimal coveredAreaPerPerson();

    @WithDefault("Sphere Handbook, shelter standard 3")
    String coveredAreaPerPersonSource();

    @WithDefault("15")
    BigDecimal waterPerPersonOvernight();

    @WithDefault("Sphere Handbook, water supply standard 1")
    String waterPerPersonOvernightSource();

    @WithDefault("3")
    BigDecimal waterPerPersonDayOnly();

    @WithDefault("Sphere guidance for reception and transit centres")
    String waterPerPersonDayOnlySource();

    @WithDefault("20")
    BigDecimal personsPerToiletOvernight();

    @WithDefault("Sphere Handbook, excreta management (medium term)")
    String personsPerToiletOvernightSource();

    @WithDefault("50")
    BigDecimal personsPerToiletDayOnly();

    @WithDefault("Sphere Handbook, excreta management (early phase)")
    String personsPerToiletDayOnlySource();

    @WithDefault("3")
    BigDecimal femaleToMaleToilets();

    @WithDefault("Sphere Handbook, excreta management")
    String femaleToMaleToiletsSource();

    @WithDefault("2")
    BigDecimal minCeilingHeight();

    @WithDefault("Sphere Handbook, shelter standard 3 guidance")
    String minCeilingHeightSource();
}
