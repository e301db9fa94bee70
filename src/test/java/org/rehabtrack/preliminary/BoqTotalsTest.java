package org.rehabtrack.preliminary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rehabtrack.system.money.Money;

class BoqTotalsTest {

    private static LineContent line(String code, String quantity, String price, String currency) {
        LineContent line = new LineContent();
        line.itemCode = code;
        line.description = "Item " + code;
        line.unit = "m²";
        line.quantity = new BigDecimal(quantity);
        line.unitPrice = Money.of(price, currency);
        return line;
    }

    private static ChapterContent chapter(String code, LineContent... lines) {
        ChapterContent chapter = new ChapterContent();
        chapter.code = code;
        chapter.title = "Chapter " + code;
        chapter.lines = List.of(lines);
        return chapter;
    }

    private static BoqTotals totals(String contingency, ChapterContent... chapters) {
        ProjectContent content = new ProjectContent();
        content.contingencyPercent = new BigDecimal(contingency);
        content.chapters = List.of(chapters);
        PreliminaryProject project = new PreliminaryProject(null, 1, false);
        project.write(content);
        return project.totals();
    }

    @Test
    void roundsEachLineHalfUpToCentsThenSumsExactly() {
        // 0.335 × 3 = 1.005 → 1.01 (half up); 1.333 × 3 = 3.999 → 4.00
        BoqTotals totals =
                totals(
                        "0",
                        chapter(
                                "01",
                                line("1.1", "0.335", "3.00", "HNL"),
                                line("1.2", "1.333", "3.00", "HNL")));
        assertEquals(List.of(Money.of("5.01", "HNL")), totals.chapter("01").toList());
        assertEquals(List.of(Money.of("5.01", "HNL")), totals.total().toList());
    }

    @Test
    void appliesTheContingencyOnceOnTheSubtotal() {
        // 10% of 100.05 = 10.005 → 10.01
        BoqTotals totals =
                totals(
                        "10",
                        chapter("01", line("1.1", "1", "50.02", "HNL")),
                        chapter("02", line("2.1", "1", "50.03", "HNL")));
        assertEquals(List.of(Money.of("100.05", "HNL")), totals.subtotal().toList());
        assertEquals(List.of(Money.of("10.01", "HNL")), totals.contingency().toList());
        assertEquals(List.of(Money.of("110.06", "HNL")), totals.total().toList());
    }

    @Test
    void keepsCurrenciesApart() {
        BoqTotals totals =
                totals(
                        "5",
                        chapter(
                                "01",
                                line("1.1", "2", "1000.00", "HNL"),
                                line("1.2", "1", "250.00", "USD")));
        assertEquals(
                List.of(Money.of("2100.00", "HNL"), Money.of("262.50", "USD")),
                totals.total().toList());
    }

    @Test
    void anEmptyBillTotalsNothing() {
        assertEquals(List.of(), totals("7.5").total().toList());
    }
}
