package org.rehabtrack.preliminary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rehabtrack.system.money.Money;

/**
 * Two versions of a preliminary project side by side: each chapter's total, and the overall totals.
 */
public record ProjectComparison(
        String center,
        int from,
        int to,
        List<Row> chapters,
        Row subtotal,
        Row contingency,
        Row total) {

    /** A figure in both versions and how it moved (to minus from), by currency. */
    public record Row(
            String code, String title, List<Money> from, List<Money> to, List<Money> difference) {

        static Row of(String code, String title, Amounts from, Amounts to) {
            return new Row(code, title, from.toList(), to.toList(), to.minus(from).toList());
        }
    }

    static ProjectComparison of(PreliminaryProject from, PreliminaryProject to) {
        BoqTotals a = from.totals();
        BoqTotals b = to.totals();
        Map<String, String> titles = new LinkedHashMap<>();
        from.getChapters().forEach(c -> titles.put(c.getCode(), c.getTitle()));
        to.getChapters().forEach(c -> titles.put(c.getCode(), c.getTitle()));
        List<Row> chapters = new ArrayList<>();
        titles.forEach(
                (code, title) ->
                        chapters.add(Row.of(code, title, a.chapter(code), b.chapter(code))));
        return new ProjectComparison(
                to.getCenter().getCode(),
                from.getVersionNumber(),
                to.getVersionNumber(),
                chapters,
                Row.of(null, null, a.subtotal(), b.subtotal()),
                Row.of(null, null, a.contingency(), b.contingency()),
                Row.of(null, null, a.total(), b.total()));
    }
}
