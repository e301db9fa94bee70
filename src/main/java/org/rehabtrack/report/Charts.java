package org.rehabtrack.report;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.DisplayBlanks;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.ScatterStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartLegend;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFScatterChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;

/**
 * Charts drawn from a sheet's own cells. The series name the cells they plot and carry their
 * values, since streamed rows cannot be read back while the chart is made.
 */
final class Charts {

    /** Series colours: blue, orange, grey, green. */
    private static final byte[][] PALETTE = {
        {(byte) 0x2E, (byte) 0x75, (byte) 0xB6}, {(byte) 0xED, (byte) 0x7D, (byte) 0x31},
        {(byte) 0x7F, (byte) 0x7F, (byte) 0x7F}, {(byte) 0x70, (byte) 0xAD, (byte) 0x47}
    };

    private Charts() {}

    /**
     * One series: its name, the cells it plots (e.g. "'By center'!$B$9:$B$11"), and their values.
     */
    record Series(String name, String range, Double[] values) {}

    /** A column chart of several series over categories, placed at the given cells. */
    static void columns(
            SXSSFSheet sheet,
            String title,
            String categoryRange,
            String[] categories,
            List<Series> series,
            int col1,
            int row1,
            int col2,
            int row2,
            String valueAxisTitle) {
        draw(
                sheet,
                ChartTypes.BAR,
                title,
                categoryRange,
                categories,
                series,
                new int[] {col1, row1, col2, row2},
                valueAxisTitle);
    }

    /**
     * A chart of shares from 0 to 1 over dates, drawn as lines through points placed by their date
     * (a scatter chart, whose horizontal axis is a number line of days): two days apart look two
     * days apart and a month a month, in every reader. The axis is labelled by month ("mmm yyyy",
     * month names in the report's language), one label every few months so that they do not crowd,
     * each under the middle of its month: a month is on average 30.4375 days, so labels that start
     * at the 16th drift by at most two days either way and never cross into the next month.
     */
    static void shareLinesOverDates(
            SXSSFSheet sheet,
            String title,
            String dateRange,
            LocalDate[] dates,
            List<Series> series,
            Locale locale,
            int col1,
            int row1,
            int col2,
            int row2) {
        XSSFChart chart = chart(sheet, title, new int[] {col1, row1, col2, row2});
        XDDFValueAxis bottom = chart.createValueAxis(AxisPosition.BOTTOM);
        XDDFValueAxis left = chart.createValueAxis(AxisPosition.LEFT);
        left.setCrosses(AxisCrosses.AUTO_ZERO);
        left.setMinimum(0);
        left.setMaximum(1);
        left.setNumberFormat("0%");
        Double[] serials = new Double[dates.length];
        for (int i = 0; i < dates.length; i++) {
            serials[i] = DateUtil.getExcelDate(dates[i]);
        }
        XDDFDataSource<Double> x = XDDFDataSourcesFactory.fromArray(serials, dateRange);
        XDDFScatterChartData data =
                (XDDFScatterChartData) chart.createData(ChartTypes.SCATTER, bottom, left);
        data.setStyle(ScatterStyle.LINE_MARKER);
        addSeries(data, x, series);
        chart.plot(data);
        if (dates.length > 0) {
            LocalDate first = dates[0];
            LocalDate last = dates[0];
            for (LocalDate d : dates) {
                first = d.isBefore(first) ? d : first;
                last = d.isAfter(last) ? d : last;
            }
            LocalDate start =
                    first.getDayOfMonth() >= 16
                            ? first.withDayOfMonth(16)
                            : first.minusMonths(1).withDayOfMonth(16);
            long months = ChronoUnit.MONTHS.between(start, last) + 1;
            long every = Math.max(1, (months + 11) / 12);
            bottom.setMinimum(DateUtil.getExcelDate(start));
            bottom.setMaximum(
                    DateUtil.getExcelDate(start)
                            + Math.ceil((double) months / every) * every * 30.4375);
            bottom.setMajorUnit(every * 30.4375);
            bottom.setCrosses(AxisCrosses.AUTO_ZERO);
        }
        bottom.setNumberFormat(monthFormat(locale));
        chart.getCTChart().getPlotArea().getValAxArray(0).getNumFmt().setSourceLinked(false);
    }

    /**
     * "mmm yyyy" with the language's month names: Excel's locale code for Spanish or English (US).
     */
    static String monthFormat(Locale locale) {
        return ("es".equals(locale.getLanguage()) ? "[$-C0A]" : "[$-409]") + "mmm yyyy";
    }

    /**
     * A chart placed at the given cells, with its title and legend; the sheet's print area takes it
     * in.
     */
    private static XSSFChart chart(SXSSFSheet sheet, String title, int[] anchorCells) {
        sheet.createDrawingPatriarch();
        XSSFDrawing drawing = sheet.getDrawingPatriarch();
        XSSFClientAnchor anchor =
                drawing.createAnchor(
                        0, 0, 0, 0, anchorCells[0], anchorCells[1], anchorCells[2], anchorCells[3]);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        // A series that stops (actual progress after the status date) ends there, not at zero.
        chart.displayBlanksAs(DisplayBlanks.GAP);
        XDDFChartLegend legend = chart.getOrAddLegend();
        legend.setPosition(LegendPosition.BOTTOM);
        widenPrintArea(sheet, anchorCells[2], anchorCells[3]);
        return chart;
    }

    /**
     * Widens the sheet's print area, if it has one, to take in a chart that ends at the given cell.
     */
    private static void widenPrintArea(SXSSFSheet sheet, int lastColumn, int lastRow) {
        org.apache.poi.ss.usermodel.Workbook book = sheet.getWorkbook();
        int index = book.getSheetIndex(sheet);
        String area = book.getPrintArea(index);
        if (area == null) {
            return;
        }
        AreaReference current =
                new AreaReference(
                        area.substring(area.indexOf('!') + 1), SpreadsheetVersion.EXCEL2007);
        book.setPrintArea(
                index,
                0,
                Math.max(current.getLastCell().getCol(), lastColumn),
                0,
                Math.max(current.getLastCell().getRow(), lastRow));
    }

    private static XDDFValueAxis draw(
            SXSSFSheet sheet,
            ChartTypes type,
            String title,
            String categoryRange,
            String[] categories,
            List<Series> series,
            int[] anchorCells,
            String valueAxisTitle) {
        XSSFChart chart = chart(sheet, title, anchorCells);
        XDDFCategoryAxis bottom = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis left = chart.createValueAxis(AxisPosition.LEFT);
        if (valueAxisTitle != null) {
            left.setTitle(valueAxisTitle);
        }
        XDDFDataSource<String> x = XDDFDataSourcesFactory.fromArray(categories, categoryRange);
        XDDFChartData data = chart.createData(type, bottom, left);
        if (data instanceof XDDFBarChartData bars) {
            bars.setBarDirection(BarDirection.COL);
        }
        addSeries(data, x, series);
        chart.plot(data);
        return left;
    }

    private static void addSeries(XDDFChartData data, XDDFDataSource<?> x, List<Series> series) {
        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            XDDFNumericalDataSource<Double> y =
                    XDDFDataSourcesFactory.fromArray(s.values(), s.range());
            XDDFChartData.Series added = data.addSeries(x, y);
            added.setTitle(s.name(), null);
            XDDFColor colour = XDDFColor.from(PALETTE[i % PALETTE.length]);
            XDDFShapeProperties shape = new XDDFShapeProperties();
            if (added instanceof XDDFLineChartData.Series line) {
                line.setSmooth(false);
                line.setMarkerStyle(MarkerStyle.CIRCLE);
                shape.setLineProperties(stroke(colour));
            } else if (added instanceof XDDFScatterChartData.Series line) {
                line.setSmooth(false);
                line.setMarkerStyle(MarkerStyle.CIRCLE);
                shape.setLineProperties(stroke(colour));
            } else {
                // An explicit fill: some readers draw bars without one as empty.
                shape.setFillProperties(new XDDFSolidFillProperties(colour));
            }
            added.setShapeProperties(shape);
        }
    }

    private static XDDFLineProperties stroke(XDDFColor colour) {
        XDDFLineProperties stroke = new XDDFLineProperties(new XDDFSolidFillProperties(colour));
        stroke.setWidth(2.25);
        return stroke;
    }

    static String range(String sheetName, int column, int firstExcelRow, int lastExcelRow) {
        String letter = org.apache.poi.ss.util.CellReference.convertNumToColString(column);
        return "'"
                + sheetName.replace("'", "''")
                + "'!$"
                + letter
                + "$"
                + firstExcelRow
                + ":$"
                + letter
                + "$"
                + lastExcelRow;
    }
}
