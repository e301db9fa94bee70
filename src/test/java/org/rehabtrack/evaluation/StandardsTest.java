package org.rehabtrack.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StandardsTest {

    /** The defaults of DOMAIN.md. */
    private static final Standards SPHERE =
            new Standards(
                    Standard.atLeast(
                            new BigDecimal("3.5"),
                            "m²/person",
                            "Sphere Handbook, shelter standard 3"),
                    Standard.atLeast(
                            new BigDecimal("15"),
                            "L/person/day",
                            "Sphere Handbook, water supply standard 1"),
                    Standard.atLeast(
                            new BigDecimal("3"),
                            "L/person/day",
                            "Sphere guidance for reception and transit centres"),
                    Standard.atMost(
                            new BigDecimal("20"),
                            "persons/toilet",
                            "Sphere Handbook, excreta management (medium term)"),
                    Standard.atMost(
                            new BigDecimal("50"),
                            "persons/toilet",
                            "Sphere Handbook, excreta management (early phase)"),
                    Standard.atLeast(
                            new BigDecimal("3"),
                            "female/male",
                            "Sphere Handbook, excreta management"),
                    Standard.atLeast(
                            new BigDecimal("2"),
                            "m",
                            "Sphere Handbook, shelter standard 3 guidance"));

    private static StandardCheck check(Measurements m, StandardCheckKind kind) {
        List<StandardCheck> checks = SPHERE.check(m);
        return checks.stream().filter(c -> c.check() == kind).findFirst().orElseThrow();
    }

    private static Measurements overnight(int persons) {
        Measurements m = new Measurements();
        m.personsDesignCapacity = persons;
        m.overnightStay = true;
        return m;
    }

    @Test
    void anOvercrowdedOvernightCenterFailsToiletsAndSpaceNamingTheirSources() {
        Measurements m = overnight(120);
        m.toiletsFemale = 2;
        m.toiletsMale = 1;
        m.coveredAreaM2 = new BigDecimal("300");

        StandardCheck toilets = check(m, StandardCheckKind.PERSONS_PER_TOILET);
        assertFalse(toilets.passed());
        assertEquals(new BigDecimal("40.00"), toilets.value());
        assertEquals(new BigDecimal("20"), toilets.threshold());
        assertEquals("Sphere Handbook, excreta management (medium term)", toilets.source());

        StandardCheck space = check(m, StandardCheckKind.COVERED_AREA_PER_PERSON);
        assertFalse(space.passed());
        assertEquals(new BigDecimal("2.50"), space.value());
        assertEquals(new BigDecimal("3.5"), space.threshold());
        assertEquals("Sphere Handbook, shelter standard 3", space.source());
    }

    @ParameterizedTest(name = "{0} persons, {1} m²: passes {2}")
    @CsvSource({
        "120, 420, true",
        "120, 419.99, false",
        "120, 420.01, true",
        "1, 3.5, true",
        "3, 10.49, false"
    })
    void coveredSpaceIsAtLeastThreeAndAHalfSquareMetresPerPerson(
            int persons, String area, boolean passes) {
        Measurements m = overnight(persons);
        m.coveredAreaM2 = new BigDecimal(area);
        assertEquals(passes, check(m, StandardCheckKind.COVERED_AREA_PER_PERSON).passed());
    }

    @ParameterizedTest(name = "{0} persons, {1} toilets, overnight {2}: passes {3}")
    @CsvSource({
        "120, 6, true, true",
        "121, 6, true, false",
        "100, 5, true, true",
        "101, 5, true, false",
        "150, 3, false, true",
        "151, 3, false, false",
        "120, 3, false, true",
        "0, 0, true, true",
        "10, 0, true, false"
    })
    void toiletsServeAtMostTwentyOvernightOrFiftyByDay(
            int persons, int toilets, boolean overnight, boolean passes) {
        Measurements m = overnight(persons);
        m.overnightStay = overnight;
        m.toiletsFemale = toilets;
        m.toiletsMale = 0;
        StandardCheck check = check(m, StandardCheckKind.PERSONS_PER_TOILET);
        assertEquals(passes, check.passed());
        assertEquals(new BigDecimal(overnight ? "20" : "50"), check.threshold());
    }

    @Test
    void accessibleToiletsCountForEveryone() {
        Measurements m = overnight(60);
        m.toiletsFemale = 1;
        m.toiletsMale = 1;
        m.toiletsAccessible = 1;
        assertTrue(check(m, StandardCheckKind.PERSONS_PER_TOILET).passed());
    }

    @ParameterizedTest(name = "{0} persons, {1} L, overnight {2}: passes {3}")
    @CsvSource({
        "100, 1500, true, true",
        "100, 1499.99, true, false",
        "100, 300, false, true",
        "100, 299, false, false"
    })
    void waterIsFifteenLitresPerPersonOvernightOrThreeByDay(
            int persons, String litres, boolean overnight, boolean passes) {
        Measurements m = overnight(persons);
        m.overnightStay = overnight;
        m.waterLitresPerDay = new BigDecimal(litres);
        StandardCheck check = check(m, StandardCheckKind.WATER_PER_PERSON);
        assertEquals(passes, check.passed());
        assertEquals(
                overnight
                        ? "Sphere Handbook, water supply standard 1"
                        : "Sphere guidance for reception and transit centres",
                check.source());
    }

    @ParameterizedTest(name = "{0} female, {1} male: passes {2}")
    @CsvSource({
        "6, 2, true",
        "5, 2, false",
        "3, 1, true",
        "2, 1, false",
        "1, 0, true",
        "0, 0, false"
    })
    void thereAreThreeFemaleToiletsForEachMaleOne(int female, int male, boolean passes) {
        Measurements m = overnight(10);
        m.toiletsFemale = female;
        m.toiletsMale = male;
        assertEquals(passes, check(m, StandardCheckKind.FEMALE_TO_MALE_TOILETS).passed());
    }

    @ParameterizedTest(name = "{0} m: passes {1}")
    @CsvSource({"2.00, true", "1.99, false", "2.6, true"})
    void ceilingsAreAtLeastTwoMetres(String height, boolean passes) {
        Measurements m = new Measurements();
        m.minCeilingHeightM = new BigDecimal(height);
        assertEquals(passes, check(m, StandardCheckKind.CEILING_HEIGHT).passed());
    }

    @Test
    void usesTheObservedPeakWhenGiven() {
        Measurements m = overnight(100);
        m.personsObservedPeak = 140;
        m.coveredAreaM2 = new BigDecimal("400");
        StandardCheck space = check(m, StandardCheckKind.COVERED_AREA_PER_PERSON);
        assertFalse(space.passed());
        assertEquals(new BigDecimal("2.86"), space.value());
    }

    @Test
    void holdsACenterWithUnrecordedLengthOfStayToTheOvernightStandards() {
        Measurements m = overnight(50);
        m.overnightStay = null;
        m.toiletsFemale = 2;
        assertEquals(
                new BigDecimal("20"), check(m, StandardCheckKind.PERSONS_PER_TOILET).threshold());
        assertFalse(check(m, StandardCheckKind.PERSONS_PER_TOILET).passed());
    }

    @Test
    void saysWhatWasNotMeasuredInsteadOfPassingOrFailing() {
        List<StandardCheck> checks = SPHERE.check(new Measurements());
        assertEquals(5, checks.size());
        for (StandardCheck check : checks) {
            assertNull(check.passed(), check.check().name());
            assertNull(check.value(), check.check().name());
            assertTrue(check.source().startsWith("Sphere"), check.check().name());
        }
    }
}
