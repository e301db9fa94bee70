package org.rehabtrack.preliminary;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The totals of a bill of quantities, by currency. The rounding rule: each line is rounded half up
 * to cents; chapter totals and the subtotal are exact sums of those; the contingency is the
 * subtotal times the percentage, rounded half up to cents once; the total is their sum.
 */
public record BoqTotals(
        Map<String, Amounts> chapters, Amounts subtotal, Amounts contingency, Amounts total) {

    static BoqTotals of(PreliminaryProject project) {
        Map<String, Amounts> chapters = new LinkedHashMap<>();
        Amounts subtotal = new Amounts();
        for (BoqChapter chapter : project.getChapters()) {
            Amounts total = chapter.total();
            chapters.put(chapter.getCode(), total);
            subtotal.addAll(total);
        }
        Amounts contingency = subtotal.percent(project.getContingencyPercent());
        return new BoqTotals(chapters, subtotal, contingency, subtotal.plus(contingency));
    }

    Amounts chapter(String code) {
        return chapters.getOrDefault(code, new Amounts());
    }
}
