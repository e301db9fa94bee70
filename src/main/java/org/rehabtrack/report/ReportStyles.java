package org.rehabtrack.report;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.rehabtrack.system.SpreadsheetText;

/** The small, fixed set of cell styles of a report, created once per workbook. */
final class ReportStyles {

    final CellStyle title;

    /**
     * A title block line under the title: wraps within the width of the table, across which it is
     * merged.
     */
    final CellStyle subtitle;

    final CellStyle header;
    final CellStyle text;

    /** Text a spreadsheet must never read as a formula: Excel's quote prefix, as OWASP advises. */
    final CellStyle quotedText;

    /** Texts longer than their column, wrapped within it ({@link SheetWriter#columns}). */
    final CellStyle wrappedText;

    final CellStyle quotedWrappedText;
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

    /**
     * Status cells: the word on a red, amber or green fill, in the colours of Excel's Bad, Neutral
     * and Good.
     */
    final CellStyle red;

    final CellStyle amber;
    final CellStyle green;

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
        subtitle.setWrapText(true);
        subtitle.setVerticalAlignment(VerticalAlignment.TOP);
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setBorderBottom(BorderStyle.THIN);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.TOP);
        text = workbook.createCellStyle();
        quotedText = SpreadsheetText.quotedStyle(workbook);
        wrappedText = workbook.createCellStyle();
        wrappedText.setWrapText(true);
        quotedWrappedText = SpreadsheetText.quotedStyle(workbook);
        quotedWrappedText.setWrapText(true);
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
        red =
                status(
                        workbook,
                        new byte[] {(byte) 0xFF, (byte) 0xC7, (byte) 0xCE},
                        new byte[] {(byte) 0x9C, 0, 0x06});
        amber =
                status(
                        workbook,
                        new byte[] {(byte) 0xFF, (byte) 0xEB, (byte) 0x9C},
                        new byte[] {(byte) 0x9C, 0x57, 0});
        green =
                status(
                        workbook,
                        new byte[] {(byte) 0xC6, (byte) 0xEF, (byte) 0xCE},
                        new byte[] {0, 0x61, 0});
        // A row made taller by a wrapped text keeps its figures level with the text's first line.
        for (int i = 0; i < workbook.getNumCellStyles(); i++) {
            workbook.getCellStyleAt(i).setVerticalAlignment(VerticalAlignment.TOP);
        }
    }

    /**
     * A bold word in a dark colour on a light fill of the same hue, readable printed in grey too.
     */
    private static CellStyle status(Workbook workbook, byte[] fill, byte[] ink) {
        XSSFCellStyle style = (XSSFCellStyle) workbook.createCellStyle();
        style.setFillForegroundColor(new XSSFColor(fill, null));
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        XSSFFont font = (XSSFFont) workbook.createFont();
        font.setBold(true);
        font.setColor(new XSSFColor(ink, null));
        style.setFont(font);
        return style;
    }

    /**
     * The style that shows a number exactly as it was typed, given as a pattern of zeros ("00.00"
     * shows 6.01 as "06.01"): created once per pattern, and patterns are few (digit counts).
     */
    CellStyle asTyped(String pattern) {
        return asTyped.computeIfAbsent(
                pattern,
                p -> {
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
