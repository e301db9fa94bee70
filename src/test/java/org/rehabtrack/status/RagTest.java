package org.rehabtrack.status;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RagTest {

    private static BigDecimal d(String value) {
        return value == null ? null : new BigDecimal(value);
    }

    @Test
    void isRedForALateMilestoneAWeakIndexOrAnOpenCriticalFinding() {
        assertEquals(Rag.RED, Rag.of(1, 0, d("1.00"), d("1.00"), 0, 0));
        assertEquals(Rag.RED, Rag.of(0, 0, d("0.79"), d("1.00"), 0, 0));
        assertEquals(Rag.RED, Rag.of(0, 0, d("1.00"), d("0.79"), 0, 0));
        assertEquals(Rag.RED, Rag.of(0, 0, null, null, 1, 0));
    }

    @Test
    void isAmberForAMilestoneAtRiskASlippingIndexOrAnOpenHighFinding() {
        assertEquals(Rag.AMBER, Rag.of(0, 1, null, null, 0, 0));
        assertEquals(Rag.AMBER, Rag.of(0, 0, d("0.80"), d("1.00"), 0, 0));
        assertEquals(Rag.AMBER, Rag.of(0, 0, d("1.00"), d("0.94"), 0, 0));
        assertEquals(Rag.AMBER, Rag.of(0, 0, null, null, 0, 2));
    }

    @Test
    void isGreenOtherwise() {
        assertEquals(Rag.GREEN, Rag.of(0, 0, d("0.95"), d("1.20"), 0, 0));
        assertEquals(Rag.GREEN, Rag.of(0, 0, null, null, 0, 0));
    }
}
