package org.rehabtrack.report;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Workbook;
import org.rehabtrack.system.SpreadsheetText;

/** The small, fixed set of cell styles of a report, created once per workbook. */
final class ReportStyles {

    final CellStyle title;
    final CellStyle subtitle;
    final CellStyle header;
    final CellStyle text;
    /** Text a spreadsheet must never read as a formula: Excel's quote prefix, as OWASP advises. */
    final CellStyle quotedText;
    final CellStyle integer;
    final CellStyle money;
    final CellStyle moneyTotal;
    final CellStyle integerTotal;
    final CellStyle decimal;
    private final Workbook workbook;
    private final DataFormat format;
    private final java.util.Map<String, CellStyle> asTyped = new java.util.HashMap<>();
    final CellStyle rate;
    final CellStyle percent;
    final CellStyle percentTotal;
    final CellStyle date;
    final CellStyle dateTime;
    /** Timeline cells: the planned period, the actual one, and both. */
    final CellStyle planned;
    final CellStyle actual;
    final CellStyle plannedAndActual;

    ReportStyles(Workbook workbook) {
        this.workbook = workbook;
        this.format = workbook.createDataFormat();
        Font bold = workbook.createFont();
        bold.setBold(true);
        Font big = workbook.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);

        title = workbook.createCellStyle();
        title.setFont(big);
        subtitle = workbook.createCellStyle();
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setBorderBottom(BorderStyle.THIN);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setWrapText(true);
        text = workbook.createCellStyle();
        quotedText = SpreadsheetText.quotedStyle(workbook);
        integer = workbook.createCellStyle();
        integer.setDataFormat(format.getFormat("#,##0"));
        money = workbook.createCellStyle();
        money.setDataFormat(format.getFormat("#,##0.00"));
        moneyTotal = workbook.createCellStyle();
        moneyTotal.setDataFormat(format.getFormat("#,##0.00"));
        moneyTotal.setFont(bold);
        moneyTotal.setBorderTop(BorderStyle.THIN);
        integerTotal = workbook.createCellStyle();
        integerTotal.setDataFormat(format.getFormat("#,##0"));
        integerTotal.setFont(bold);
        integerTotal.setBorderTop(BorderStyle.THIN);
        decimal = workbook.createCellStyle();
        decimal.setDataFormat(format.getFormat("#,##0.00"));

        rate = workbook.createCellStyle();
        rate.setDataFormat(format.getFormat("#,##0.0000##"));
        percent = workbook.createCellStyle();
        percent.setDataFormat(format.getFormat("0.00%"));
        percentTotal = workbook.createCellStyle();
        percentTotal.setDataFormat(format.getFormat("0.00%"));
        percentTotal.setFont(bold);
        percentTotal.setBorderTop(BorderStyle.THIN);
        date = workbook.createCellStyle();
        date.setDataFormat(format.getFormat("yyyy-mm-dd"));
        dateTime = workbook.createCellStyle();
        dateTime.setDataFormat(format.getFormat("yyyy-mm-dd hh:mm:ss"));
        planned = fill(workbook, IndexedColors.LIGHT_CORNFLOWER_BLUE);
        actual = fill(workbook, IndexedColors.LIGHT_ORANGE);
        plannedAndActual = fill(workbook, IndexedColors.SEA_GREEN);
    }

    /**
     * The style that shows a number exactly as it was typed, given as a pattern of zeros ("00.00"
     * shows 6.01 as "06.01"): created once per pattern, and patterns are few (digit counts).
     */
    CellStyle asTyped(String pattern) {
        return asTyped.computeIfAbsent(pattern, p -> {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(format.getFormat(p));
            return style;
        });
    }

    private static CellStyle fill(Workbook workbook, IndexedColors color) {
        CellStyle style = workbook.createCellStyle();
        style.setFillForegroundColor(color.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return style;
    }
}
