package org.rehabtrack.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Checks measurements against the minimum standards. Pass or fail is decided exactly, by
 * multiplying rather than dividing (3 toilets for 60 persons is 1 per 20, which passes); the value
 * shown is rounded half up to two decimals.
 *
 * @param overnight the standards for a center where people stay overnight
 * @param dayOnly the standards for water and toilets where people stay only during the day
 */
public record Standards(
        Standard coveredArea,
        Standard waterOvernight,
        Standard waterDayOnly,
        Standard toiletsOvernight,
        Standard toiletsDayOnly,
        Standard femaleToMale,
        Standard ceilingHeight) {

    private static final int SCALE = 2;

    public static Standards from(StandardsConfig config) {
        return new Standards(
                Standard.atLeast(
                        config.coveredAreaPerPerson(),
                        "m²/person",
                        config.coveredAreaPerPersonSource()),
                Standard.atLeast(
                        config.waterPerPersonOvernight(),
                        "L/person/day",
                        config.waterPerPersonOvernightSource()),
                Standard.atLeast(
                        config.waterPerPersonDayOnly(),
                        "L/person/day",
                        config.waterPerPersonDayOnlySource()),
                Standard.atMost(
                        config.personsPerToiletOvernight(),
                        "persons/toilet",
                        config.personsPerToiletOvernightSource()),
                Standard.atMost(
                        config.personsPerToiletDayOnly(),
                        "persons/toilet",
                        config.personsPerToiletDayOnlySource()),
                Standard.atLeast(
                        config.femaleToMaleToilets(),
                        "female/male",
                        config.femaleToMaleToiletsSource()),
                Standard.atLeast(config.minCeilingHeight(), "m", config.minCeilingHeightSource()));
    }

    /**
     * Every check, in a fixed order. A center whose length of stay is not recorded is held to the
     * overnight standards, the stricter ones.
     */
    public List<StandardCheck> check(Measurements m) {
        boolean dayOnly = Boolean.FALSE.equals(m.overnightStay);
        Integer persons = m.personsForChecks();
        return List.of(
                perPerson(
                        StandardCheckKind.COVERED_AREA_PER_PERSON,
                        coveredArea,
                        m.coveredAreaM2,
                        persons),
                perPerson(
                        StandardCheckKind.WATER_PER_PERSON,
                        dayOnly ? waterDayOnly : waterOvernight,
                        m.waterLitresPerDay,
                        persons),
                personsPerToilet(
                        dayOnly ? toiletsDayOnly : toiletsOvernight, persons, m.toiletsTotal()),
                toiletsBySex(femaleToMale, m.toiletsFemale, m.toiletsMale),
                direct(StandardCheckKind.CEILING_HEIGHT, ceilingHeight, m.minCeilingHeightM));
    }

    /** A quantity shared by the persons: area or water per person, at least the threshold. */
    private static StandardCheck perPerson(
            StandardCheckKind kind, Standard standard, BigDecimal total, Integer persons) {
        if (total == null || persons == null || persons == 0) {
            return unmeasured(kind, standard);
        }
        BigDecimal count = BigDecimal.valueOf(persons);
        BigDecimal value = total.divide(count, SCALE, RoundingMode.HALF_UP);
        boolean passed = total.compareTo(standard.threshold().multiply(count)) >= 0;
        return result(kind, standard, value, passed);
    }

    private static StandardCheck personsPerToilet(
            Standard standard, Integer persons, Integer toilets) {
        if (persons == null || toilets == null) {
            return unmeasured(StandardCheckKind.PERSONS_PER_TOILET, standard);
        }
        if (toilets == 0) {
            return result(StandardCheckKind.PERSONS_PER_TOILET, standard, null, persons == 0);
        }
        BigDecimal count = BigDecimal.valueOf(toilets);
        BigDecimal value = BigDecimal.valueOf(persons).divide(count, SCALE, RoundingMode.HALF_UP);
        boolean passed =
                BigDecimal.valueOf(persons).compareTo(standard.threshold().multiply(count)) <= 0;
        return result(StandardCheckKind.PERSONS_PER_TOILET, standard, value, passed);
    }

    private static StandardCheck toiletsBySex(Standard standard, Integer female, Integer male) {
        if (female == null || male == null) {
            return unmeasured(StandardCheckKind.FEMALE_TO_MALE_TOILETS, standard);
        }
        if (male == 0) {
            // No male toilets: the ratio has no value; it holds as long as there are female ones.
            return result(StandardCheckKind.FEMALE_TO_MALE_TOILETS, standard, null, female > 0);
        }
        BigDecimal value =
                BigDecimal.valueOf(female)
                        .divide(BigDecimal.valueOf(male), SCALE, RoundingMode.HALF_UP);
        boolean passed =
                BigDecimal.valueOf(female)
                                .compareTo(standard.threshold().multiply(BigDecimal.valueOf(male)))
                        >= 0;
        return result(StandardCheckKind.FEMALE_TO_MALE_TOILETS, standard, value, passed);
    }

    private static StandardCheck direct(
            StandardCheckKind kind, Standard standard, BigDecimal measured) {
        if (measured == null) {
            return unmeasured(kind, standard);
        }
        return result(
                kind,
                standard,
                measured.setScale(SCALE, RoundingMode.HALF_UP),
                measured.compareTo(standard.threshold()) >= 0);
    }

    private static StandardCheck result(
            StandardCheckKind kind, Standard standard, BigDecimal value, boolean passed) {
        return new StandardCheck(
                kind,
                value,
                standard.threshold(),
                standard.bound(),
                standard.unit(),
                passed,
                standard.source());
    }

    private static StandardCheck unmeasured(StandardCheckKind kind, Standard standard) {
        return new StandardCheck(
                kind,
                null,
                standard.threshold(),
                standard.bound(),
                standard.unit(),
                null,
                standard.source());
    }
}
