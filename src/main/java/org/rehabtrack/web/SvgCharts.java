package org.rehabtrack.web;

import io.quarkus.qute.RawString;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.rehabtrack.budget.CenterBudget;
import org.rehabtrack.report.SCurve;

/**
 * The center page's charts, drawn on the server as inline SVG: nothing to download, no script, and
 * within the page's content security policy (presentation attributes only, no style). Each chart is
 * an image with a title and a description that states its figures for screen readers.
 */
final class SvgCharts {

    private static final int WIDTH = 640;
    private static final String PLANNED = "#6b7a8f";
    private static final String ACTUAL = "#0b4f8a";
    private static final String BUDGET = "#c9d7e6";
    private static final String SPENT = "#0b4f8a";
    private static final String AXIS = "#444";
    private static final String GRID = "#ddd";

    private SvgCharts() {}

    /**
     * Planned against actual cumulative progress as shares of the budget at completion, 0 to 100%.
     */
    static RawString sCurve(SCurve curve, LocalDate statusDate, PageMessages msg, Formats fmt) {
        List<SCurve.Point> points = curve.points();
        int height = 260;
        int left = 44;
        int right = WIDTH - 16;
        int top = 16;
        int bottom = height - 56;
        long first = points.get(0).date().toEpochDay();
        long span = Math.max(1, points.get(points.size() - 1).date().toEpochDay() - first);
        SCurve.Point today =
                points.stream()
                        .filter(p -> p.date().equals(statusDate))
                        .findFirst()
                        .orElse(points.get(points.size() - 1));
        String title = msg.page_chart_sCurve();
        String description =
                msg.page_chart_sCurveText(
                        fmt.date(statusDate),
                        fmt.share(today.plannedShare()),
                        today.hasActual() ? fmt.share(today.earnedShare()) : Formats.NONE);
        Svg svg = new Svg("scurve", height, title, description);
        for (int share = 0; share <= 100; share += 25) {
            double y = bottom - (bottom - top) * share / 100.0;
            svg.line(left, y, right, y, GRID, 1).text(left - 6, y + 4, "end", share + "%");
        }
        svg.line(left, bottom, right, bottom, AXIS, 1).line(left, top, left, bottom, AXIS, 1);
        double statusX = left + (right - left) * (double) (statusDate.toEpochDay() - first) / span;
        if (statusX >= left && statusX <= right) {
            svg.dashed(statusX, top, statusX, bottom, AXIS)
                    .text(statusX, top - 4, "middle", fmt.date(statusDate));
        }
        StringBuilder planned = new StringBuilder();
        StringBuilder actual = new StringBuilder();
        for (SCurve.Point p : points) {
            double x = left + (right - left) * (double) (p.date().toEpochDay() - first) / span;
            planned.append(coordinate(x, y(p.plannedShare(), top, bottom)));
            if (p.hasActual()) {
                actual.append(coordinate(x, y(p.earnedShare(), top, bottom)));
            }
        }
        svg.polyline(planned, PLANNED, "6 4").polyline(actual, ACTUAL, null);
        svg.text(left, bottom + 18, "start", fmt.date(points.get(0).date()))
                .text(right, bottom + 18, "end", fmt.date(points.get(points.size() - 1).date()));
        svg.legend(left, height - 14, PLANNED, msg.report_col_plannedCumulative())
                .legend(left + 260, height - 14, ACTUAL, msg.report_col_actualCumulative());
        return svg.done();
    }

    /**
     * Budget against spent in dollars, one pair of bars per budget category and one for the center.
     */
    static RawString budget(CenterBudget budget, PageMessages msg, Formats fmt) {
        List<CenterBudget.CategoryLine> lines = budget.byCategory();
        int row = 34;
        int height = 40 + row * (lines.size() + 1);
        int left = 170;
        int right = WIDTH - 100;
        BigDecimal max = budget.budget().amount().max(budget.spent().amount());
        for (CenterBudget.CategoryLine line : lines) {
            max = max.max(line.budget().amount()).max(line.spent().amount());
        }
        String title = msg.page_chart_budget();
        String description =
                msg.page_chart_budgetText(
                        fmt.money(budget.budget().amount()), fmt.money(budget.spent().amount()));
        Svg svg = new Svg("budget", height, title, description);
        int y = 8;
        for (CenterBudget.CategoryLine line : lines) {
            svg.bars(
                    msg.budget_category(line.category()),
                    line.budget().amount(),
                    line.spent().amount(),
                    max,
                    left,
                    right,
                    y,
                    fmt);
            y += row;
        }
        svg.bars(
                msg.page_total(),
                budget.budget().amount(),
                budget.spent().amount(),
                max,
                left,
                right,
                y,
                fmt);
        svg.legend(left, height - 12, BUDGET, msg.report_col_budgetUsd())
                .legend(left + 200, height - 12, SPENT, msg.report_col_spentToDateUsd());
        return svg.done();
    }

    private static double y(BigDecimal share, int top, int bottom) {
        double clamped = Math.max(0, Math.min(1.05, share.doubleValue()));
        return bottom - (bottom - top) * clamped;
    }

    private static String coordinate(double x, double y) {
        return String.format(Locale.ROOT, "%.1f,%.1f ", x, y);
    }

    /** An SVG document under construction, its text escaped. */
    private static final class Svg {

        private final StringBuilder out = new StringBuilder();

        Svg(String id, int height, String title, String description) {
            out.append(
                            "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" viewBox=\"0 0 ")
                    .append(WIDTH)
                    .append(' ')
                    .append(height)
                    .append("\" aria-labelledby=\"")
                    .append(id)
                    .append("-title ")
                    .append(id)
                    .append("-desc\" font-family=\"sans-serif\" font-size=\"12\">")
                    .append("<title id=\"")
                    .append(id)
                    .append("-title\">")
                    .append(escape(title))
                    .append("</title>")
                    .append("<desc id=\"")
                    .append(id)
                    .append("-desc\">")
                    .append(escape(description))
                    .append("</desc>");
        }

        Svg line(double x1, double y1, double x2, double y2, String colour, int width) {
            out.append(
                    String.format(
                            Locale.ROOT,
                            "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"%d\"/>",
                            x1,
                            y1,
                            x2,
                            y2,
                            colour,
                            width));
            return this;
        }

        Svg dashed(double x1, double y1, double x2, double y2, String colour) {
            out.append(
                    String.format(
                            Locale.ROOT,
                            "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-dasharray=\"2 3\"/>",
                            x1,
                            y1,
                            x2,
                            y2,
                            colour));
            return this;
        }

        Svg polyline(CharSequence points, String colour, String dashes) {
            if (points.length() > 0) {
                out.append("<polyline fill=\"none\" stroke=\"")
                        .append(colour)
                        .append("\" stroke-width=\"3\"")
                        .append(dashes == null ? "" : " stroke-dasharray=\"" + dashes + "\"")
                        .append(" points=\"")
                        .append(points.toString().strip())
                        .append("\"/>");
            }
            return this;
        }

        Svg text(double x, double y, String anchor, String text) {
            out.append(
                            String.format(
                                    Locale.ROOT,
                                    "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" fill=\"%s\">",
                                    x,
                                    y,
                                    anchor,
                                    AXIS))
                    .append(escape(text))
                    .append("</text>");
            return this;
        }

        Svg legend(double x, double y, String colour, String text) {
            out.append(
                    String.format(
                            Locale.ROOT,
                            "<rect x=\"%.1f\" y=\"%.1f\" width=\"14\" height=\"10\" fill=\"%s\"/>",
                            x,
                            y - 9,
                            colour));
            return text(x + 20, y, "start", text);
        }

        /**
         * A row of the budget chart: its name, the budget bar, the spent bar inside it, and both
         * figures.
         */
        Svg bars(
                String name,
                BigDecimal budget,
                BigDecimal spent,
                BigDecimal max,
                int left,
                int right,
                int y,
                Formats fmt) {
            double scale = max.signum() == 0 ? 0 : (right - left) / max.doubleValue();
            text(left - 8, y + 17, "end", name);
            out.append(
                    String.format(
                            Locale.ROOT,
                            "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"26\" fill=\"%s\"/>"
                                    + "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"12\" fill=\"%s\"/>",
                            left,
                            y,
                            budget.doubleValue() * scale,
                            BUDGET,
                            left,
                            y + 7,
                            spent.doubleValue() * scale,
                            SPENT));
            return text(right + 96, y + 11, "end", fmt.money(budget))
                    .text(right + 96, y + 24, "end", fmt.money(spent));
        }

        RawString done() {
            return new RawString(out.append("</svg>").toString());
        }

        private static String escape(String text) {
            return text.replace("&", "&amp;")
                    .replace("<", "&lt;")
                    .replace(">", "&gt;")
                    .replace("\"", "&quot;");
        }
    }
}
