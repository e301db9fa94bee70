package org.rehabtrack.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Footer;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.rehabtrack.system.DigitsAsTyped;
import org.rehabtrack.system.SpreadsheetText;

/**
 * Writes one sheet of a report, top to bottom: the title block, one header row (frozen, with
 * filters, repeated on printed pages), then data rows, streamed. Every value goes in with its type
 * and format: numbers as numbers, dates as dates, user text as text that can never turn into a
 * formula.
 */
final class SheetWriter {

    /** The widest a column is made to fit what it holds, in characters. */
    static final int MAX_WIDTH = 60;

    /** Points per line of the default font (Calibri 11), as Excel and LibreOffice lay a row out. */
    static final float LINE_POINTS = 15f;

    /** A plain text's letters are on average no wider than a digit (LibreOffice, DejaVu Sans). */
    private static final double TEXT_FACTOR = 1.0;

    private final SXSSFSheet sheet;
    private final QuickSheetDataWriter data;
    private final ReportStyles styles;
    private final ReportWorkbook.Print print;
    private int next;
    private int headerRow = -1;
    private int columns;

    /**
     * The row being written: an SXSSF row, or none once the rows go straight to the sheet's XML.
     */
    private Row row;

    /** The index of the row being written; -1 before the first. */
    private int current = -1;

    /**
     * Whether the rows go straight to the sheet's XML ({@link QuickSheetDataWriter}), without
     * SXSSF's row and cell objects: once the title block and header have their height, which must
     * be set before SXSSF writes them. A sheet past its first rows is written so, as fast again.
     */
    private boolean straight;

    /** Whether a straight row has been begun and not yet written. */
    private boolean open;

    /**
     * The leftmost and rightmost columns of any cell, which SXSSF knows only of its own: the
     * sheet's dimension.
     */
    private int leftMost = Integer.MAX_VALUE;

    private int rightMost = -1;

    /** Whether rows may go straight at all (always, but for the test that compares both ways). */
    private final boolean straightRows;

    /** The widths of the columns, when given before the rows: texts longer than theirs wrap. */
    private int[] declared;

    /** The lines the current row's tallest wrapped text takes. */
    private int rowLines = 1;

    private List<String> headerLabels = List.of();
    private int titleLines;

    /**
     * Whether the heights of the title block and header are set: they must be before the rows leave
     * memory.
     */
    private boolean topFitted;

    /** The widest formatted value written so far in each column, in characters. */
    private int[] measured = new int[16];

    /**
     * The rightmost column that holds text, and its longest text: text there would be cut off at
     * the page's edge.
     */
    private int lastTextColumn = -1;

    private int lastText;

    SXSSFSheet sheet() {
        return sheet;
    }

    SheetWriter(
            SXSSFSheet sheet,
            QuickSheetDataWriter data,
            boolean straightRows,
            ReportStyles styles,
            ReportWorkbook.Print print) {
        this.sheet = sheet;
        this.data = data;
        this.straightRows = straightRows;
        this.styles = styles;
        this.print = print;
    }

    /** The title block: the report's name, then what it covers, one line each, and a blank line. */
    SheetWriter titleBlock(String title, List<String> lines) {
        noteColumn(0);
        Cell cell = sheet.createRow(next++).createCell(0);
        cell.setCellValue(title);
        cell.setCellStyle(styles.title);
        for (String line : lines) {
            Cell text = sheet.createRow(next++).createCell(0);
            text.setCellValue(line);
            text.setCellStyle(styles.subtitle);
        }
        titleLines = lines.size();
        next++;
        return this;
    }

    /**
     * The header row: its labels wrap, and the row is as tall as its longest label needs (see
     * {@link #finish}).
     */
    SheetWriter header(List<String> labels) {
        headerRow = next;
        columns = labels.size();
        headerLabels = List.copyOf(labels);
        noteColumn(0);
        noteColumn(labels.size() - 1);
        Row header = sheet.createRow(next++);
        for (int i = 0; i < labels.size(); i++) {
            Cell cell = header.createCell(i);
            cell.setCellValue(labels.get(i));
            cell.setCellStyle(styles.header);
        }
        return this;
    }

    /** Starts a new data row; the cell methods below fill it. */
    /**
     * Sets the columns' widths before the rows are written: a text longer than its column then
     * wraps, and its row is made as tall as it needs (a streamed row's height cannot be set later,
     * and spreadsheets do not make it taller themselves). The same widths go to {@link #finish}.
     */
    SheetWriter columns(int[] widths) {
        declared = widths;
        return this;
    }

    /** Ends the row just written: as tall as its wrapped texts, and written when straight. */
    private void endRow() {
        float height = rowLines > 1 ? rowLines * LINE_POINTS : 0;
        rowLines = 1;
        if (open) {
            open = false;
            try {
                data.endStraightRow(height);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } else if (row != null && height > 0) {
            row.setHeightInPoints(height);
        }
    }

    SheetWriter row() {
        endRow();
        if (!topFitted && next >= ReportWorkbook.WINDOW) {
            // The next row pushes the title block and header to disk, where their height can no
            // longer be set: fit them now to the widths known so far (at least those they will
            // have).
            fitTop(widths(new int[0], 10));
        }
        if (straightRows && topFitted && !straight && next >= ReportWorkbook.WINDOW) {
            try {
                sheet.flushRows(); // every SXSSF row before the straight ones
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            straight = true;
            row = null;
        }
        current = next++;
        if (straight) {
            data.beginStraightRow(current);
            open = true;
        } else {
            row = sheet.createRow(current);
        }
        return this;
    }

    /** Excel row number (1-based) of the current row, for formulas. */
    int excelRow() {
        return current + 1;
    }

    /** A text cell of the current row. */
    private void textCell(int column, String value, CellStyle style) {
        noteColumn(column);
        if (straight) {
            data.text(column, style.getIndex() & 0xffff, value);
        } else {
            Cell cell = row.createCell(column, CellType.STRING);
            cell.setCellValue(value);
            cell.setCellStyle(style);
        }
    }

    /** A number cell of the current row. */
    private void numberCell(int column, double value, CellStyle style) {
        noteColumn(column);
        if (straight) {
            data.number(column, style.getIndex() & 0xffff, value);
        } else {
            Cell cell = row.createCell(column, CellType.NUMERIC);
            cell.setCellValue(value);
            cell.setCellStyle(style);
        }
    }

    /** A formula of the current row, stored with its value; with no formula, the value alone. */
    private void formulaCell(int column, String formula, double value, CellStyle style) {
        if (formula == null) {
            numberCell(column, value, style);
            return;
        }
        noteColumn(column);
        if (straight) {
            data.formula(column, style.getIndex() & 0xffff, formula, value);
        } else {
            Cell cell = row.createCell(column);
            cell.setCellFormula(formula);
            cell.setCellValue(value);
            cell.setCellStyle(style);
        }
    }

    private void noteColumn(int column) {
        leftMost = Math.min(leftMost, column);
        rightMost = Math.max(rightMost, column);
    }

    /** Excel row number (1-based) the next {@link #row()} will have. */
    int nextExcelRow() {
        return next + 1;
    }

    int firstDataExcelRow() {
        return headerRow + 2;
    }

    SheetWriter text(int column, String value) {
        if (value != null) {
            int lines =
                    declared == null || column >= declared.length
                            ? 1
                            : lines(value, declared[column], TEXT_FACTOR);
            boolean formula = SpreadsheetText.looksLikeFormula(value);
            if (lines > 1) {
                rowLines = Math.max(rowLines, lines);
                textCell(column, value, formula ? styles.quotedWrappedText : styles.wrappedText);
            } else {
                textCell(column, value, formula ? styles.quotedText : styles.text);
            }
            noteText(column, value);
        }
        return this;
    }

    /** A text that opens the given address, in the given style (a link's). */
    SheetWriter link(int column, String value, URI target, CellStyle style) {
        textCell(column, value, style);
        noteText(column, value);
        XSSFHyperlink link =
                (XSSFHyperlink)
                        sheet.getWorkbook().getCreationHelper().createHyperlink(HyperlinkType.URL);
        link.setAddress(target.toString());
        link.setCellReference(new CellReference(current, column));
        xssfSheet().addHyperlink(link);
        return this;
    }

    /** The XSSF sheet behind the streamed one: where its links and dimension are kept. */
    private XSSFSheet xssfSheet() {
        SXSSFWorkbook book = sheet.getWorkbook();
        return book.getXSSFWorkbook().getSheetAt(book.getSheetIndex(sheet));
    }

    /** Remembers the rightmost column with text, and its longest text. */
    private void noteText(int column, String value) {
        if (column == lastTextColumn) {
            lastText = Math.max(lastText, value.length());
        } else if (column > lastTextColumn) {
            lastTextColumn = column;
            lastText = value.length();
        }
    }

    SheetWriter integer(int column, long value) {
        numberCell(column, value, styles.integer);
        measure(column, grouped(value));
        return this;
    }

    /**
     * A status word on a red, amber or green fill: RED, LATE; AMBER, AT_RISK; GREEN, ON_TRACK,
     * COMPLETED. Any other status has no fill.
     */
    SheetWriter status(int column, String word, Enum<?> status) {
        if (word == null) {
            return this;
        }
        CellStyle style =
                switch (status == null ? "" : status.name()) {
                    case "RED", "LATE" -> styles.red;
                    case "AMBER", "AT_RISK" -> styles.amber;
                    case "GREEN", "ON_TRACK", "COMPLETED" -> styles.green;
                    default -> null;
                };
        if (style == null) {
            return text(column, word);
        }
        textCell(column, word, style);
        measure(column, word.length() + 1);
        return this;
    }

    SheetWriter money(int column, BigDecimal value) {
        return number(column, value, styles.money, 3);
    }

    SheetWriter decimal(int column, BigDecimal value) {
        return number(column, value, styles.decimal, 3);
    }

    /** A share from 0 to 1, shown as a percentage. */
    SheetWriter percent(int column, BigDecimal share) {
        if (share != null) {
            number(column, share, styles.percent, -1);
            measure(column, percentWidth(share.doubleValue()));
        }
        return this;
    }

    /**
     * A number in the given style; no cell when the value is null. {@code decimals} is the width
     * the format adds to the integer part's (grouped digits and sign), or -1 when the caller
     * measures it.
     */
    private SheetWriter number(int column, BigDecimal value, CellStyle style, int decimals) {
        if (value != null) {
            double number = value.doubleValue();
            numberCell(column, number, style);
            if (decimals >= 0) {
                measure(column, grouped(number) + decimals);
            }
        }
        return this;
    }

    SheetWriter rate(int column, BigDecimal value) {
        return number(column, value, styles.rate, 7);
    }

    /**
     * A live formula stored with the value the service computed, so a reader that does not
     * recalculate (a mail preview, a script) sees the right figure.
     */
    SheetWriter formula(int column, String formula, double value, Kind kind) {
        formulaCell(
                column,
                formula,
                value,
                switch (kind) {
                    case MONEY -> styles.money;
                    case MONEY_TOTAL -> styles.moneyTotal;
                    case PERCENT -> styles.percent;
                    case PERCENT_TOTAL -> styles.percentTotal;
                });
        measure(
                column,
                switch (kind) {
                    case MONEY -> grouped(value) + 3;
                    case MONEY_TOTAL -> grouped(value) + 4;
                    case PERCENT -> percentWidth(value);
                    case PERCENT_TOTAL -> percentWidth(value) + 1;
                });
        return this;
    }

    /** How a formula's value is shown. */
    enum Kind {
        MONEY,
        MONEY_TOTAL,
        PERCENT,
        PERCENT_TOTAL
    }

    /** A timeline cell: a text mark ("P", "A", "PA") shaded as planned, actual or both. */
    SheetWriter period(int column, boolean planned, boolean actual) {
        if (planned || actual) {
            textCell(
                    column,
                    planned && actual ? "PA" : planned ? "P" : "A",
                    planned && actual
                            ? styles.plannedAndActual
                            : planned ? styles.planned : styles.actual);
            measure(column, 2);
        }
        return this;
    }

    /** Text in bold above a border: a subtotal's or total's label. */
    SheetWriter label(int column, String value) {
        textCell(column, value, styles.integerTotal);
        measure(column, value.length() + 1 + value.length() / 10);
        return this;
    }

    /**
     * A date, as the number of days Excel counts in the 1900 date system of every report workbook:
     * the workbook itself, asked each time, takes a lock in XmlBeans twice for each payment.
     */
    SheetWriter date(int column, LocalDate value) {
        if (value != null) {
            numberCell(column, DateUtil.getExcelDate(value), styles.date);
            measure(column, 10);
        }
        return this;
    }

    private static final java.util.regex.Pattern DATE =
            java.util.regex.Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    /**
     * A value known only as text (an audited field's): a number shown exactly as typed when it is
     * made of digits ("4000000.00", and codes such as "06.01" keep their zeros), a date when it is
     * an ISO date, text otherwise.
     */
    SheetWriter typed(int column, String value) {
        java.util.Optional<String> pattern =
                value == null
                        ? java.util.Optional.empty()
                        : DigitsAsTyped.format(value.startsWith("-") ? value.substring(1) : value);
        if (pattern.isPresent()) {
            measure(column, value.length());
            return number(column, new BigDecimal(value), styles.asTyped(pattern.get()), -1);
        }
        if (value != null && DATE.matcher(value).matches()) {
            try {
                return date(column, LocalDate.parse(value));
            } catch (java.time.format.DateTimeParseException e) {
                return text(column, value);
            }
        }
        return text(column, value);
    }

    /** A moment, as a date and time in the given zone. */
    SheetWriter dateTime(int column, java.time.Instant value, java.time.ZoneId zone) {
        if (value != null) {
            numberCell(
                    column,
                    DateUtil.getExcelDate(java.time.LocalDateTime.ofInstant(value, zone)),
                    styles.dateTime);
            measure(column, 19);
        }
        return this;
    }

    /**
     * A sum of the column over the data rows, stored with its value so readers that do not
     * recalculate see it. With no data row (the last before the first) the total is a plain zero: a
     * sum over the total's own row would refer to itself, which a spreadsheet shows as an error.
     */
    SheetWriter sum(int column, int firstExcelRow, int lastExcelRow, double value, boolean money) {
        String letter = CellReference.convertNumToColString(column);
        formulaCell(
                column,
                lastExcelRow >= firstExcelRow
                        ? "SUM(" + letter + firstExcelRow + ":" + letter + lastExcelRow + ")"
                        : null,
                value,
                money ? styles.moneyTotal : styles.integerTotal);
        measure(column, grouped(value) + (money ? 4 : 1));
        return this;
    }

    /**
     * Freezes the header, filters it, and sets each column's width: the one given, or wider where a
     * value written needs it (up to {@link #MAX_WIDTH}), so that no number shows as "###" or runs
     * into the next column, and the last column's text is not cut off at the page's edge. The title
     * block's lines are merged across the table and wrap within it; they and the header are as tall
     * as their text needs at those widths (unless already fitted by {@link #row()}). Printed on A4
     * landscape: fit to one page wide and as many high as it takes, narrow margins, the header
     * repeated on every page, the print area the table (a chart placed beside it widens it), and a
     * footer with the sheet's name, "page N of M" and the cut-off date.
     */
    void finish(int[] given) {
        endRow();
        if (straight) {
            // SXSSF knows only its own rows, all written before the straight ones.
            xssfSheet().setDimensionOverride(new CellRangeAddress(0, current, leftMost, rightMost));
        }
        int[] widths = widths(given, 0);
        int lastColumn = Math.max(Math.max(columns, given.length), 1) - 1;
        if (lastTextColumn == lastColumn && lastColumn < widths.length) {
            widths[lastColumn] = Math.max(widths[lastColumn], Math.min(lastText + 1, MAX_WIDTH));
        }
        if (headerRow >= 0) {
            sheet.createFreezePane(0, headerRow + 1);
            sheet.setAutoFilter(
                    new CellRangeAddress(
                            headerRow, Math.max(next - 1, headerRow + 1), 0, columns - 1));
            sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
        }
        for (int i = 0; i < widths.length; i++) {
            if (widths[i] > 0) {
                sheet.setColumnWidth(i, widths[i] * 256);
            }
        }
        if (!topFitted) {
            fitTop(widths);
        }
        for (int r = 1; r <= titleLines && lastColumn > 0; r++) {
            sheet.addMergedRegionUnsafe(new CellRangeAddress(r, r, 0, lastColumn));
        }
        PrintSetup setup = sheet.getPrintSetup();
        setup.setLandscape(true);
        setup.setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.setFitToPage(true);
        setup.setFitWidth((short) 1);
        setup.setFitHeight((short) 0);
        sheet.setMargin(PageMargin.LEFT, 0.4);
        sheet.setMargin(PageMargin.RIGHT, 0.4);
        sheet.setMargin(PageMargin.TOP, 0.5);
        sheet.setMargin(PageMargin.BOTTOM, 0.6);
        sheet.setMargin(PageMargin.HEADER, 0.2);
        sheet.setMargin(PageMargin.FOOTER, 0.25);
        sheet.setHorizontallyCenter(false);
        printArea(lastColumn, Math.max(next - 1, 0));
        Footer footer = sheet.getFooter();
        footer.setLeft("&A");
        footer.setCenter(print.pages());
        footer.setRight(print.cutOff());
    }

    /** Sets the print area to the first columns and rows; a chart beside the table widens it. */
    void printArea(int lastColumn, int lastRow) {
        SXSSFWorkbook book = sheet.getWorkbook();
        book.setPrintArea(book.getSheetIndex(sheet), 0, lastColumn, 0, lastRow);
    }

    /**
     * Each column's width: the given one, or what its widest value needs, at least {@code least}.
     */
    private int[] widths(int[] given, int least) {
        int[] widths = new int[Math.max(Math.max(given.length, columns), measured.length)];
        for (int i = 0; i < widths.length; i++) {
            int seen = i < measured.length ? measured[i] : 0;
            int fit = seen > 0 || i < columns ? Math.min(seen + 2, MAX_WIDTH) : 0;
            widths[i] = Math.max(i < given.length ? given[i] : least, fit);
        }
        return widths;
    }

    /**
     * Makes the title block's lines and the header row as tall as their wrapped text at these
     * widths.
     */
    private void fitTop(int[] widths) {
        topFitted = true;
        int table = 0;
        for (int i = 0; i < Math.max(columns, 1) && i < widths.length; i++) {
            table += widths[i];
        }
        for (int r = 1; r <= titleLines; r++) {
            Row line = sheet.getRow(r);
            if (line != null && line.getCell(0) != null) {
                int lines = lines(line.getCell(0).getStringCellValue(), table, 0.9);
                line.setHeightInPoints(lines * LINE_POINTS);
            }
        }
        Row header = headerRow < 0 ? null : sheet.getRow(headerRow);
        if (header != null) {
            int lines = 1;
            for (int i = 0; i < headerLabels.size(); i++) {
                lines =
                        Math.max(
                                lines,
                                lines(headerLabels.get(i), i < widths.length ? widths[i] : 8, 1.0));
            }
            header.setHeightInPoints(lines * LINE_POINTS + 2);
        }
    }

    /**
     * The lines a text takes wrapped, word by word, in a column {@code width} characters wide (in
     * widths of a digit); {@code factor} is how much wider than a digit its letters are on average
     * (bold ones are wider). A word longer than a line is broken, as Excel and LibreOffice break
     * it.
     */
    static int lines(String text, int width, double factor) {
        int perLine = Math.max(1, (int) Math.floor((width - 1) / factor));
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            int used = 0;
            lines++;
            for (String word : paragraph.trim().split("\\s+")) {
                int length = word.length();
                if (length == 0) {
                    continue;
                }
                if (used > 0 && used + 1 + length <= perLine) {
                    used += 1 + length;
                } else {
                    if (used > 0) {
                        lines++;
                    }
                    lines += (length - 1) / perLine;
                    used = (length - 1) % perLine + 1;
                }
            }
        }
        return lines;
    }

    /** Remembers that a column holds a value this many characters wide. */
    private void measure(int column, int chars) {
        if (column >= measured.length) {
            measured = java.util.Arrays.copyOf(measured, Math.max(column + 1, measured.length * 2));
        }
        if (chars > measured[column]) {
            measured[column] = chars;
        }
    }

    /**
     * The width of a number's integer part as "#,##0" shows it: digits, group separators and sign.
     */
    static int grouped(double value) {
        int digits = digits(value);
        return digits + (digits - 1) / 3 + (value < 0 ? 1 : 0);
    }

    /**
     * The digits of a number's integer part, as rounding to two decimals may show it (999.996 as
     * 1,000.00).
     */
    private static int digits(double value) {
        double magnitude = Math.abs(value);
        int digits = 1;
        for (double limit = 10; magnitude >= limit - 0.005 && digits < 20; limit *= 10) {
            digits++;
        }
        return digits;
    }

    /**
     * The width of a share as "0.00%" shows it: digits, sign, two decimals and the percent sign.
     */
    private static int percentWidth(double share) {
        return digits(share * 100) + (share < 0 ? 1 : 0) + 4;
    }
}
