package org.rehabtrack.finding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FindingStatusTest {

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource({
        "OPEN, PLANNED, true",
        "OPEN, DEFERRED, true",
        "OPEN, RESOLVED, false",
        "OPEN, VERIFIED, false",
        "PLANNED, RESOLVED, true",
        "PLANNED, OPEN, true",
        "PLANNED, DEFERRED, true",
        "PLANNED, VERIFIED, false",
        "RESOLVED, VERIFIED, true",
        "RESOLVED, OPEN, true",
        "RESOLVED, PLANNED, false",
        "RESOLVED, DEFERRED, false",
        "DEFERRED, OPEN, true",
        "DEFERRED, PLANNED, false",
        "DEFERRED, RESOLVED, false",
        "VERIFIED, OPEN, false",
        "VERIFIED, RESOLVED, false",
        "VERIFIED, DEFERRED, false"
    })
    void followsTheLifecycle(FindingStatus from, FindingStatus to, boolean allowed) {
        assertEquals(allowed, from.canMoveTo(to));
    }

    @ParameterizedTest(name = "{0} -> {1} needs a reason: {2}")
    @CsvSource({
        "OPEN, DEFERRED, true",
        "PLANNED, OPEN, true",
        "RESOLVED, OPEN, true",
        "OPEN, PLANNED, false",
        "RESOLVED, VERIFIED, false"
    })
    void asksWhyWhenDeferringOrReopening(
            FindingStatus from, FindingStatus to, boolean needsReason) {
        assertEquals(needsReason, from.needsReason(to));
    }
}
