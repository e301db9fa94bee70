package org.rehabtrack.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.rehabtrack.system.DigitsAsTyped;
import org.rehabtrack.system.SpreadsheetText;

/**
 * Writes one sheet of a report, top to bottom: the title block, one header row (frozen, with
 * filters, repeated on printed pages), then data rows, streamed. Every value goes in with its
 * type and format: numbers as numbers, dates as dates, user text as text that can never turn
 * into a formula.
 */
final class SheetWriter {

    private final SXSSFSheet sheet;
    private final ReportStyles styles;
    private int next;
    private int headerRow = -1;
    private int columns;
    private Row row;

    SXSSFSheet sheet() {
        return sheet;
    }

    SheetWriter(SXSSFSheet sheet, ReportStyles styles) {
        this.sheet = sheet;
        this.styles = styles;
    }

    /** The title block: the report's name, then what it covers, one line each, and a blank line. */
    SheetWriter titleBlock(String title, List<String> lines) {
        Cell cell = sheet.createRow(next++).createCell(0);
        cell.setCellValue(title);
        cell.setCellStyle(styles.title);
        for (String line : lines) {
            Cell text = sheet.createRow(next++).createCell(0);
            text.setCellValue(line);
            text.setCellStyle(styles.subtitle);
        }
        next++;
        return this;
    }

    SheetWriter header(List<String> labels) {
        headerRow = next;
        columns = labels.size();
        Row header = sheet.createRow(next++);
        for (int i = 0; i < labels.size(); i++) {
            Cell cell = header.createCell(i);
            cell.setCellValue(labels.get(i));
            cell.setCellStyle(styles.header);
        }
        return this;
    }

    /** Starts a new data row; the cell methods below fill it. */
    SheetWriter row() {
        row = sheet.createRow(next++);
        return this;
    }

    /** Excel row number (1-based) of the current row, for formulas. */
    int excelRow() {
        return row.getRowNum() + 1;
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
            Cell cell = row.createCell(column, CellType.STRING);
            cell.setCellValue(value);
            cell.setCellStyle(SpreadsheetText.looksLikeFormula(value) ? styles.quotedText : styles.text);
        }
        return this;
    }

    SheetWriter integer(int column, long value) {
        Cell cell = row.createCell(column, CellType.NUMERIC);
        cell.setCellValue(value);
        cell.setCellStyle(styles.integer);
        return this;
    }

    SheetWriter money(int column, BigDecimal value) {
        return number(column, value, styles.money);
    }

    SheetWriter decimal(int column, BigDecimal value) {
        return number(column, value, styles.decimal);
    }

    /** A share from 0 to 1, shown as a percentage. */
    SheetWriter percent(int column, BigDecimal share) {
        return number(column, share, styles.percent);
    }

    /** A number in the given style; no cell when the value is null. */
    private SheetWriter number(int column, BigDecimal value, CellStyle style) {
        if (value != null) {
            Cell cell = row.createCell(column, CellType.NUMERIC);
            cell.setCellValue(value.doubleValue());
            cell.setCellStyle(style);
        }
        return this;
    }

    SheetWriter rate(int column, BigDecimal value) {
        return number(column, value, styles.rate);
    }

    /**
     * A live formula stored with the value the service computed, so a reader that does not
     * recalculate (a mail preview, a script) sees the right figure.
     */
    SheetWriter formula(int column, String formula, double value, Kind kind) {
        Cell cell = row.createCell(column);
        cell.setCellFormula(formula);
        cell.setCellValue(value);
        cell.setCellStyle(switch (kind) {
            case MONEY -> styles.money;
            case MONEY_TOTAL -> styles.moneyTotal;
            case PERCENT -> styles.percent;
            case PERCENT_TOTAL -> styles.percentTotal;
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
            Cell cell = row.createCell(column, CellType.STRING);
            cell.setCellValue(planned && actual ? "PA" : planned ? "P" : "A");
            cell.setCellStyle(planned && actual ? styles.plannedAndActual : planned ? styles.planned : styles.actual);
        }
        return this;
    }

    /** Text in bold above a border: a subtotal's or total's label. */
    SheetWriter label(int column, String value) {
        Cell cell = row.createCell(column, CellType.STRING);
        cell.setCellValue(value);
        cell.setCellStyle(styles.integerTotal);
        return this;
    }

    /**
     * A date, as the number of days Excel counts in the 1900 date system of every report workbook:
     * the workbook itself, asked each time, takes a lock in XmlBeans twice for each payment.
     */
    SheetWriter date(int column, LocalDate value) {
        if (value != null) {
            Cell cell = row.createCell(column, CellType.NUMERIC);
            cell.setCellValue(DateUtil.getExcelDate(value));
            cell.setCellStyle(styles.date);
        }
        return this;
    }

    private static final java.util.regex.Pattern DATE =
            java.util.regex.Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    /**
     * A value known only as text (an audited field's): a number shown exactly as typed when it is
     * made of digits ("4000000.00", and codes such as "06.01" keep their zeros), a date when it is an
     * ISO date, text otherwise.
     */
    SheetWriter typed(int column, String value) {
        java.util.Optional<String> pattern = value == null ? java.util.Optional.empty()
                : DigitsAsTyped.format(value.startsWith("-") ? value.substring(1) : value);
        if (pattern.isPresent()) {
            return number(column, new BigDecimal(value), styles.asTyped(pattern.get()));
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
            Cell cell = row.createCell(column, CellType.NUMERIC);
            cell.setCellValue(java.time.LocalDateTime.ofInstant(value, zone));
            cell.setCellStyle(styles.dateTime);
        }
        return this;
    }

    /** A sum of the column over the data rows, stored with its value so readers that do not recalculate see it. */
    SheetWriter sum(int column, int firstExcelRow, int lastExcelRow, double value, boolean money) {
        Cell cell = row.createCell(column);
        String letter = CellReference.convertNumToColString(column);
        cell.setCellFormula("SUM(" + letter + firstExcelRow + ":" + letter + lastExcelRow + ")");
        cell.setCellValue(value);
        cell.setCellStyle(money ? styles.moneyTotal : styles.integerTotal);
        return this;
    }

    /** Freezes the header, filters it, sets widths, and prints landscape, fit to width, header repeated. */
    void finish(int[] widths) {
        if (headerRow >= 0) {
            sheet.createFreezePane(0, headerRow + 1);
            sheet.setAutoFilter(new CellRangeAddress(headerRow, Math.max(next - 1, headerRow + 1), 0, columns - 1));
            sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
        }
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
    }
}
