package org.rehabtrack.center;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PhaseTest {

    @Test
    void everyPhaseButTheLastEndsAtItsGateMilestone() {
        assertEquals(MilestoneKind.EVALUATION_COMPLETED, Phase.EVALUATION.gate().orElseThrow());
        assertEquals(MilestoneKind.AGREEMENT_SIGNED, Phase.PARTNERSHIP.gate().orElseThrow());
        assertEquals(
                MilestoneKind.PRELIMINARY_PROJECT_APPROVED,
                Phase.PRELIMINARY_PROJECT.gate().orElseThrow());
        assertEquals(MilestoneKind.WORKS_COMPLETED, Phase.WORKS.gate().orElseThrow());
        assertEquals(MilestoneKind.INAUGURATION, Phase.INAUGURATION.gate().orElseThrow());
        assertTrue(Phase.COMPLETED.gate().isEmpty());
    }

    @Test
    void gatesAreStandardMilestones() {
        assertTrue(
                Arrays.stream(Phase.values())
                        .flatMap(p -> p.gate().stream())
                        .allMatch(MilestoneKind::isStandard));
    }

    @Test
    void phasesFollowTheLifeOfACenter() {
        assertTrue(Phase.WORKS.isAfter(Phase.PRELIMINARY_PROJECT));
        assertFalse(Phase.EVALUATION.isAfter(Phase.PARTNERSHIP));
        assertFalse(Phase.WORKS.isAfter(Phase.WORKS));
    }
}
