package org.rehabtrack.report.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class OccasionsTest {

    private static final ZoneId ZONE = ZoneId.of("America/Tegucigalpa");

    private static Instant at(String dateTime) {
        return LocalDateTime.parse(dateTime).atZone(ZONE).toInstant();
    }

    @Test
    void aMonthlyScheduleIsDueOnItsDayAboutTheMonthBefore() {
        List<Occasion> due =
                Occasions.due(
                        Cadence.MONTHLY, 5, at("2027-01-10T09:00"), at("2027-02-05T06:00"), ZONE);
        assertEquals(1, due.size());
        Occasion february = due.get(0);
        assertEquals("2027-02", february.key());
        assertEquals(at("2027-02-05T06:00"), february.due());
        assertEquals(LocalDate.of(2027, 1, 1), february.from());
        assertEquals(LocalDate.of(2027, 1, 31), february.to());
        assertEquals(LocalDate.of(2027, 1, 31), february.cutOff());
        assertEquals(
                List.of(),
                Occasions.due(
                        Cadence.MONTHLY, 5, at("2027-01-10T09:00"), at("2027-02-05T05:59"), ZONE),
                "not before six in the morning");
    }

    @Test
    void aServiceDownForMonthsCatchesUpEveryMissedOccasionOldestFirst() {
        List<Occasion> due =
                Occasions.due(
                        Cadence.MONTHLY, 28, at("2027-01-28T06:00"), at("2027-05-01T00:00"), ZONE);
        assertEquals(
                List.of("2027-02", "2027-03", "2027-04"), due.stream().map(Occasion::key).toList());
        List<Occasion> years =
                Occasions.due(
                        Cadence.MONTHLY, 1, at("2020-01-01T00:00"), at("2027-05-02T00:00"), ZONE);
        assertEquals(Occasions.CATCH_UP, years.size());
        assertEquals("2027-05", years.get(years.size() - 1).key());
    }

    @Test
    void aQuarterlyScheduleIsDueInJanuaryAprilJulyAndOctoberAboutTheQuarterBefore() {
        List<Occasion> due =
                Occasions.due(
                        Cadence.QUARTERLY,
                        10,
                        at("2027-02-01T00:00"),
                        at("2027-10-10T06:00"),
                        ZONE);
        assertEquals(
                List.of("2027-Q2", "2027-Q3", "2027-Q4"), due.stream().map(Occasion::key).toList());
        Occasion july = due.get(1);
        assertEquals(LocalDate.of(2027, 4, 1), july.from());
        assertEquals(LocalDate.of(2027, 6, 30), july.to());
        assertEquals(LocalDate.of(2027, 6, 30), july.cutOff());
    }
}
