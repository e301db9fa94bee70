package org.rehabtrack.milestone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MilestoneScheduleTest {

    private static LocalDate date(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }

    @ParameterizedTest(name = "baseline {0}, forecast {1}, actual {2}, on {3}: {4}, slip {5}")
    @CsvSource(
            nullValues = "-",
            textBlock =
                    """
            # baseline,  forecast,   actual,     today,      status,      slip
            # completed: the actual date decides the slip, whatever today is
            2026-03-31,  -,          2026-04-15, 2026-05-01, COMPLETED,   15
            2026-03-31,  -,          2026-03-20, 2026-05-01, COMPLETED,   -11
            2026-03-31,  2026-06-30, 2026-03-31, 2030-01-01, COMPLETED,   0
            -,           -,          2026-03-31, 2026-05-01, COMPLETED,   -
            # nothing planned yet
            -,           -,          -,          2026-05-01, NOT_STARTED, -
            # baseline only: on track until the day after it, then late by one more day each day
            2026-06-30,  -,          -,          2026-06-01, ON_TRACK,    0
            2026-06-30,  -,          -,          2026-06-30, ON_TRACK,    0
            2026-06-30,  -,          -,          2026-07-01, LATE,        1
            2026-06-30,  -,          -,          2026-07-31, LATE,        31
            # forecast after the baseline: at risk while not due, late once the forecast has passed
            2026-06-30,  2026-07-20, -,          2026-06-01, AT_RISK,     20
            2026-06-30,  2026-07-20, -,          2026-07-10, AT_RISK,     20
            2026-06-30,  2026-07-20, -,          2026-07-20, AT_RISK,     20
            2026-06-30,  2026-07-20, -,          2026-07-21, LATE,        21
            # forecast ahead of the baseline
            2026-06-30,  2026-06-15, -,          2026-06-01, ON_TRACK,    -15
            2026-06-30,  2026-06-15, -,          2026-06-20, LATE,        -10
            # forecast without a baseline: no slip to measure
            -,           2026-06-15, -,          2026-06-01, ON_TRACK,    -
            -,           2026-06-15, -,          2026-06-16, LATE,        -
            """)
    void derivesStatusAndSlipFromTheDatesAndToday(
            String baseline,
            String forecast,
            String actual,
            String today,
            MilestoneStatus status,
            Integer slip) {
        MilestoneSchedule schedule =
                new MilestoneSchedule(date(baseline), date(forecast), date(actual));

        assertEquals(status, schedule.status(date(today)));
        if (slip == null) {
            assertNull(schedule.slipDays(date(today)));
        } else {
            assertEquals(slip, schedule.slipDays(date(today)));
        }
    }
}
