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
 *
 * <p>Each chart is drawn twice, for a laptop and for a phone, and the style sheet shows the one
 * that fits: scaled down to a phone's width, the laptop's drawing would write its text at 7 px; the
 * phone's keeps it at 11 px or more from 360 px up.
 */
final class SvgCharts {

    /** A chart as drawn for a laptop's width and for a phone's. */
    record Chart(RawString wide, RawString narrow) {}

    /** The widths the charts are drawn for, in the drawing's pixels. */
    static final int WIDE = 640;

    static final int NARROW = 330;

    /** The least room between two month labels of the S-curve's date axis. */
    private static final int MONTH_ROOM = 40;

    private static final String PLANNED = "#6b7a8f";
    private static final String ACTUAL = "#0b4f8a";
    private static final String BUDGET = "#c9d7e6";
    private static final String SPENT = "#0b4f8a";
    private static final String AXIS = "#444";
    private static final String GRID = "#ddd";

    private SvgCharts() {}

    /**
     * Planned against actual cumulative progress as shares of the budget at completion, 0 to 100%,
     * over a date axis labelled by month.
     */
    static Chart sCurve(SCurve curve, LocalDate statusDate, PageMessages msg, Formats fmt) {
        return new Chart(
                sCurve(curve, statusDate, msg, fmt, WIDE, "scurve"),
                sCurve(curve, statusDate, msg, fmt, NARROW, "scurve-narrow"));
    }

    /** Budget against spent in dollars, one pair of bars per budget category and one in total. */
    static Chart budget(CenterBudget budget, PageMessages msg, Labels labels, Formats fmt) {
        return new Chart(
                budget(budget, msg, labels, fmt, WIDE, "budget"),
                budget(budget, msg, labels, fmt, NARROW, "budget-narrow"));
    }

    private static RawString sCurve(
            SCurve curve,
            LocalDate statusDate,
            PageMessages msg,
            Formats fmt,
            int width,
            String id) {
        List<SCurve.Point> points = curve.points();
        boolean narrow = width < WIDE;
        int height = narrow ? 290 : 270;
        int left = 44;
        int right = width - 16;
        int top = 18;
        int bottom = height - (narrow ? 84 : 66);
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
        Svg svg = new Svg(id, width, height, title, description);
        for (int share = 0; share <= 100; share += 25) {
            double y = bottom - (bottom - top) * share / 100.0;
            svg.line(left, y, right, y, GRID, 1).text(left - 6, y + 4, "end", share + "%");
        }
        svg.line(left, bottom, right, bottom, AXIS, 1).line(left, top, left, bottom, AXIS, 1);
        double statusX = left + (right - left) * (double) (statusDate.toEpochDay() - first) / span;
        if (statusX >= left && statusX <= right) {
            svg.dashed(statusX, top, statusX, bottom, AXIS)
                    .text(
                            Math.max(left + 40, Math.min(right - 40, statusX)),
                            top - 5,
                            "middle",
                            fmt.date(statusDate));
        }
        months(
                svg,
                points.get(0).date(),
                points.get(points.size() - 1).date(),
                left,
                right,
                bottom,
                fmt);
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
        // The legend draws each line as the chart does: dashed for planned, solid for actual.
        if (narrow) {
            svg.lineLegend(left, height - 30, PLANNED, "6 4", msg.report_col_plannedCumulative())
                    .lineLegend(left, height - 10, ACTUAL, null, msg.report_col_actualCumulative());
        } else {
            svg.lineLegend(left, height - 12, PLANNED, "6 4", msg.report_col_plannedCumulative())
                    .lineLegend(
                            left + 260,
                            height - 12,
                            ACTUAL,
                            null,
                            msg.report_col_actualCumulative());
        }
        return svg.done();
    }

    /**
     * The date axis: a tick on the first of each month shown, labelled with the month's short name,
     * and the year under the first label and under each January; months are skipped evenly when
     * they would not have room.
     */
    private static void months(
            Svg svg,
            LocalDate first,
            LocalDate last,
            int left,
            int right,
            int bottom,
            Formats fmt) {
        long span = Math.max(1, last.toEpochDay() - first.toEpochDay());
        LocalDate month = first.withDayOfMonth(1);
        if (month.isBefore(first)) {
            month = month.plusMonths(1);
        }
        long count =
                java.time.temporal.ChronoUnit.MONTHS.between(month, last.withDayOfMonth(1)) + 1;
        int step = (int) Math.max(1, Math.ceil(count * (double) MONTH_ROOM / (right - left)));
        java.time.format.DateTimeFormatter name =
                java.time.format.DateTimeFormatter.ofPattern("MMM", fmt.locale());
        boolean firstLabel = true;
        for (; !month.isAfter(last); month = month.plusMonths(step)) {
            double x =
                    left
                            + (right - left)
                                    * (double) (month.toEpochDay() - first.toEpochDay())
                                    / span;
            svg.line(x, bottom, x, bottom + 5, AXIS, 1)
                    .text(x, bottom + 18, "middle", name.format(month).replace(".", ""));
            if (firstLabel || month.getMonthValue() <= step) {
                svg.text(x, bottom + 32, "middle", String.valueOf(month.getYear()));
            }
            firstLabel = false;
        }
    }

    private static RawString budget(
            CenterBudget budget,
            PageMessages msg,
            Labels labels,
            Formats fmt,
            int width,
            String id) {
        List<CenterBudget.CategoryLine> lines = budget.byCategory();
        boolean narrow = width < WIDE;
        int row = 34;
        int height = (narrow ? 58 : 40) + row * (lines.size() + 1);
        int left = narrow ? 100 : 170;
        int right = width - 92;
        BigDecimal max = budget.budget().amount().max(budget.spent().amount());
        for (CenterBudget.CategoryLine line : lines) {
            max = max.max(line.budget().amount()).max(line.spent().amount());
        }
        String title = msg.page_chart_budget();
        String description =
                msg.page_chart_budgetText(
                        fmt.money(budget.budget().amount()), fmt.money(budget.spent().amount()));
        Svg svg = new Svg(id, width, height, title, description);
        int y = 8;
        for (CenterBudget.CategoryLine line : lines) {
            svg.bars(
                    labels.budget_category(line.category()),
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
        if (narrow) {
            svg.legend(8, height - 30, BUDGET, msg.report_col_budgetUsd())
                    .legend(8, height - 10, SPENT, msg.report_col_spentToDateUsd());
        } else {
            svg.legend(left, height - 12, BUDGET, msg.report_col_budgetUsd())
                    .legend(left + 200, height - 12, SPENT, msg.report_col_spentToDateUsd());
        }
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

        Svg(String id, int width, int height, String title, String description) {
            out.append(
                            "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" viewBox=\"0 0 ")
                    .append(width)
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

        /** A legend entry drawn as a short stretch of the line it names, dashed or solid. */
        Svg lineLegend(double x, double y, String colour, String dashes, String text) {
            out.append(
                    String.format(
                            Locale.ROOT,
                            "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"3\"%s/>",
                            x,
                            y - 4,
                            x + 24,
                            y - 4,
                            colour,
                            dashes == null ? "" : " stroke-dasharray=\"" + dashes + "\""));
            return text(x + 30, y, "start", text);
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
            return text(right + 88, y + 11, "end", fmt.money(budget))
                    .text(right + 88, y + 24, "end", fmt.money(spent));
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
