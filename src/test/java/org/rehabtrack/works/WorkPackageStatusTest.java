package org.rehabtrack.works;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkPackageStatusTest {

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource({
        "PLANNED, TENDERING, true",
        "PLANNED, CONTRACTED, false",
        "PLANNED, CANCELLED, true",
        "TENDERING, CONTRACTED, true",
        "TENDERING, PLANNED, true",
        "CONTRACTED, IN_PROGRESS, true",
        "CONTRACTED, COMPLETED, false",
        "IN_PROGRESS, SUSPENDED, true",
        "IN_PROGRESS, COMPLETED, true",
        "IN_PROGRESS, CANCELLED, false",
        "SUSPENDED, IN_PROGRESS, true",
        "SUSPENDED, CANCELLED, true",
        "SUSPENDED, COMPLETED, false",
        "COMPLETED, HANDED_OVER, true",
        "COMPLETED, IN_PROGRESS, false",
        "HANDED_OVER, COMPLETED, false",
        "CANCELLED, PLANNED, false"
    })
    void followsTheLifeOfAWorksPackage(
            WorkPackageStatus from, WorkPackageStatus to, boolean allowed) {
        assertEquals(allowed, from.canMoveTo(to));
    }
}
