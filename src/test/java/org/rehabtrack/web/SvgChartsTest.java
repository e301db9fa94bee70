package org.rehabtrack.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.rehabtrack.report.SCurve;

/** The S-curve has a date axis labelled by month, a legend drawn as its lines, and a phone size. */
class SvgChartsTest {

    /** Every text of the bundle is its own key, so that the drawing can be read without Quarkus. */
    private static final PageMessages KEYS =
            (PageMessages)
                    Proxy.newProxyInstance(
                            PageMessages.class.getClassLoader(),
                            new Class<?>[] {PageMessages.class},
                            (proxy, method, args) -> method.getName());

    /** A year of works, one point a fortnight, planned evenly and done at half the pace. */
    private static SCurve year() {
        List<SCurve.Point> points = new ArrayList<>();
        LocalDate start = LocalDate.of(2026, 1, 1);
        for (int day = 0; day <= 364; day += 14) {
            BigDecimal share = BigDecimal.valueOf(day / 364.0);
            points.add(
                    new SCurve.Point(
                            start.plusDays(day),
                            share,
                            share.divide(BigDecimal.valueOf(2)),
                            share,
                            share.divide(BigDecimal.valueOf(2))));
        }
        return new SCurve(BigDecimal.ONE, points);
    }

    private static List<String> texts(String svg) {
        List<String> texts = new ArrayList<>();
        Matcher text = Pattern.compile("<text[^>]*>([^<]*)</text>").matcher(svg);
        while (text.find()) {
            texts.add(text.group(1));
        }
        return texts;
    }

    @Test
    void theDateAxisNamesTheMonthsInThePagesLanguageAndTheYearOnce() {
        SvgCharts.Chart chart =
                SvgCharts.sCurve(
                        year(),
                        LocalDate.of(2026, 7, 1),
                        KEYS,
                        new Formats(Locale.forLanguageTag("es")));
        List<String> wide = texts(chart.wide().getValue());
        for (String month : List.of("ene", "feb", "jun", "dic")) {
            assertTrue(wide.contains(month), month + " in " + wide);
        }
        assertEquals(1, wide.stream().filter("2026"::equals).count(), "the year under January");
        assertTrue(wide.contains("01/07/2026"), "the status date, day first");

        List<String> narrow = texts(chart.narrow().getValue());
        assertTrue(
                narrow.contains("ene") && !narrow.contains("feb"), "every other month: " + narrow);
        assertTrue(chart.narrow().getValue().contains("viewBox=\"0 0 330 "), "drawn for a phone");
    }

    @Test
    void theLegendDrawsThePlannedLineDashedAsTheChartDoes() {
        String svg =
                SvgCharts.sCurve(
                                year(), LocalDate.of(2026, 7, 1), KEYS, new Formats(Locale.ENGLISH))
                        .wide()
                        .getValue();
        assertEquals(
                2,
                Pattern.compile("stroke=\"#6b7a8f\"[^>]*stroke-dasharray=\"6 4\"")
                        .matcher(svg)
                        .results()
                        .count(),
                "the planned curve and its legend, both dashed");
        assertTrue(texts(svg).contains("Jan"), "months in English");
    }
}
