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

    @WithDefault(StandardSources.SHELTER)
    String coveredAreaPerPersonSource();

    @WithDefault("15")
    BigDecimal waterPerPersonOvernight();

    @WithDefault(StandardSources.WATER)
    String waterPerPersonOvernightSource();

    @WithDefault("3")
    BigDecimal waterPerPersonDayOnly();

    @WithDefault(StandardSources.TRANSIT)
    String waterPerPersonDayOnlySource();

    @WithDefault("20")
    BigDecimal personsPerToiletOvernight();

    @WithDefault(StandardSources.EXCRETA_MEDIUM)
    String personsPerToiletOvernightSource();

    @WithDefault("50")
    BigDecimal personsPerToiletDayOnly();

    @WithDefault(StandardSources.EXCRETA_EARLY)
    String personsPerToiletDayOnlySource();

    @WithDefault("3")
    BigDecimal femaleToMaleToilets();

    @WithDefault(StandardSources.EXCRETA)
    String femaleToMaleToiletsSource();

    @WithDefault("2")
    BigDecimal minCeilingHeight();

    @WithDefault(StandardSources.SHELTER_GUIDANCE)
    String minCeilingHeightSource();
}
