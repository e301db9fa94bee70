package org.rehabtrack.report;

import java.util.List;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.DisplayBlanks;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartLegend;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
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
        {(byte) 0x7F, (byte) 0x7F, (byte) 0x7F}, {(byte) 0x70, (byte) 0xAD, (byte) 0x47}};

    private Charts() {}

    /** One series: its name, the cells it plots (e.g. "'By center'!$B$9:$B$11"), and their values. */
    record Series(String name, String range, Double[] values) {}

    /** A column chart of several series over categories, placed at the given cells. */
    static void columns(SXSSFSheet sheet, String title, String categoryRange, String[] categories,
            List<Series> series, int col1, int row1, int col2, int row2, String valueAxisTitle) {
        draw(sheet, ChartTypes.BAR, title, categoryRange, categories, series, new int[] {col1, row1, col2, row2},
                valueAxisTitle);
    }

    /** A line chart of shares from 0 to 1 over categories (dates, in order), placed at the given cells. */
    static void shareLines(SXSSFSheet sheet, String title, String categoryRange, String[] categories,
            List<Series> series, int col1, int row1, int col2, int row2) {
        XDDFValueAxis axis = draw(sheet, ChartTypes.LINE, title, categoryRange, categories, series,
                new int[] {col1, row1, col2, row2}, null);
        axis.setMinimum(0);
        axis.setMaximum(1);
    }

    private static XDDFValueAxis draw(SXSSFSheet sheet, ChartTypes type, String title, String categoryRange,
            String[] categories, List<Series> series, int[] anchorCells, String valueAxisTitle) {
        sheet.createDrawingPatriarch();
        XSSFDrawing drawing = sheet.getDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, anchorCells[0], anchorCells[1], anchorCells[2],
                anchorCells[3]);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        // A series that stops (actual progress after the status date) ends there, not at zero.
        chart.displayBlanksAs(DisplayBlanks.GAP);
        XDDFChartLegend legend = chart.getOrAddLegend();
        legend.setPosition(LegendPosition.BOTTOM);
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
        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            XDDFNumericalDataSource<Double> y = XDDFDataSourcesFactory.fromArray(s.values(), s.range());
            XDDFChartData.Series added = data.addSeries(x, y);
            added.setTitle(s.name(), null);
            XDDFColor colour = XDDFColor.from(PALETTE[i % PALETTE.length]);
            XDDFShapeProperties shape = new XDDFShapeProperties();
            if (added instanceof XDDFLineChartData.Series line) {
                line.setSmooth(false);
                line.setMarkerStyle(MarkerStyle.CIRCLE);
                XDDFLineProperties stroke = new XDDFLineProperties(new XDDFSolidFillProperties(colour));
                stroke.setWidth(2.25);
                shape.setLineProperties(stroke);
            } else {
                // An explicit fill: some readers draw bars without one as empty.
                shape.setFillProperties(new XDDFSolidFillProperties(colour));
            }
            added.setShapeProperties(shape);
        }
        chart.plot(data);
        return left;
    }

    static String range(String sheetName, int column, int firstExcelRow, int lastExcelRow) {
        String letter = org.apache.poi.ss.util.CellReference.convertNumToColString(column);
        return "'" + sheetName.replace("'", "''") + "'!$" + letter + "$" + firstExcelRow + ":$" + letter + "$"
                + lastExcelRow;
    }
}
