package org.rehabtrack.works;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EarnedValueTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 1);
    private static final LocalDate END = LocalDate.of(2026, 12, 31);

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void theWorkedExampleOfTheIssue() {
        EarnedValue ev =
                EarnedValue.of(
                        LocalDate.of(2026, 7, 2),
                        d("100000.00"),
                        START,
                        END,
                        d("40"),
                        d("45000.00"));

        assertEquals(d("100000.00"), ev.bac());
        assertEquals(d("50000.00"), ev.pv());
        assertEquals(d("40000.00"), ev.ev());
        assertEquals(d("45000.00"), ev.ac());
        assertEquals(d("0.80"), ev.spi());
        assertEquals(d("0.89"), ev.cpi());
        assertEquals(d("112500.00"), ev.eac());
    }

    @ParameterizedTest(name = "on {0}: PV {1}")
    @CsvSource({
        "2025-12-15, 0.00",
        "2026-01-01, 0.00",
        "2026-01-02, 274.73",
        "2026-07-02, 50000.00",
        "2026-12-30, 99725.27",
        "2026-12-31, 100000.00",
        "2027-03-01, 100000.00"
    })
    void plannedValueGrowsLinearlyOverThePlannedPeriod(LocalDate statusDate, String pv) {
        EarnedValue ev = EarnedValue.of(statusDate, d("100000.00"), START, END, d("0"), d("0"));
        assertEquals(d(pv), ev.pv());
    }

    @Test
    void leavesIndicesOutWhereTheyWouldDivideByZero() {
        EarnedValue ev =
                EarnedValue.of(LocalDate.of(2025, 12, 1), d("1000.00"), START, END, d("0"), d("0"));
        assertNull(ev.spi());
        assertNull(ev.cpi());
        assertNull(ev.eac());
    }

    @Test
    void roundsMoneyHalfUpToTheCent() {
        // 33.335% of 1000.00 = 333.35
        EarnedValue ev = EarnedValue.of(END, d("1000.00"), START, END, d("33.335"), d("0.005"));
        assertEquals(d("333.35"), ev.ev());
        assertEquals(d("0.01"), ev.ac());
    }

    @Test
    void aCentersEarnedValueAddsThePackagesAndDerivesTheIndicesFromTheSums() {
        LocalDate status = LocalDate.of(2026, 7, 2);
        EarnedValue a = EarnedValue.of(status, d("100000.00"), START, END, d("40"), d("45000.00"));
        EarnedValue b = EarnedValue.of(status, d("50000.00"), START, END, d("60"), d("25000.00"));

        EarnedValue center = EarnedValue.sum(status, List.of(a, b));

        assertEquals(d("150000.00"), center.bac());
        assertEquals(d("75000.00"), center.pv());
        assertEquals(d("70000.00"), center.ev());
        assertEquals(d("70000.00"), center.ac());
        assertEquals(d("0.93"), center.spi());
        assertEquals(d("1.00"), center.cpi());
        assertEquals(d("150000.00"), center.eac());
    }
}
