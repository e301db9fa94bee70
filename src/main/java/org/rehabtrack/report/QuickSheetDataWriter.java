package org.rehabtrack.report;

import java.io.File;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * POI's writer of a streamed sheet's rows, writing the same XML faster: through a {@link
 * SheetXmlWriter}, which takes no lock per call; escaping text a run of characters at a time rather
 * than a character at a time; and writing text and number cells, nearly every cell of a report,
 * without building a cell reference object and attribute strings for each. Every other cell of an
 * SXSSF row is written by POI itself.
 *
 * <p>It also writes rows straight, with no SXSSF row or cell object at all ({@link
 * #beginStraightRow}): a report's sheet past its first rows, a million payments for the budget
 * report. Its cells are gathered until the row's height is known, then written with the row. SXSSF
 * knows nothing of those rows: they must come after every row it wrote, and it must write none
 * after them. {@code QuickSheetDataWriterTest} checks that both ways write POI's XML, byte for
 * byte.
 */
class QuickSheetDataWriter extends SheetDataWriter {

    /** Column letters of the first columns, which are nearly all a report has. */
    private static final String[] COLUMNS = new String[64];

    private static final int MAX_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

    static {
        for (int i = 0; i < COLUMNS.length; i++) {
            COLUMNS[i] = CellReference.convertNumToColString(i);
        }
    }

    /** The number of the row being written, as it appears in cell references. */
    private String rowNumber;

    /** The XML of a cell, or of a straight row's cells until the row is written. */
    private final StringBuilder xml = new StringBuilder(1024);

    /**
     * Rows written without a shared strings table: text is written inline, as POI writes it then.
     */
    QuickSheetDataWriter() throws IOException {
        super();
    }

    @Override
    public Writer createWriter(File file) throws IOException {
        return new SheetXmlWriter(Files.newOutputStream(file.toPath()));
    }

    @Override
    public void writeRow(int rownum, SXSSFRow row) throws IOException {
        rowNumber = Integer.toString(rownum + 1);
        super.writeRow(rownum, row);
    }

    @Override
    public void writeCell(int columnIndex, Cell cell) throws IOException {
        if (cell == null) {
            return;
        }
        CellType type = cell.getCellType();
        if (type != CellType.STRING && type != CellType.NUMERIC) {
            super.writeCell(columnIndex, cell);
            return;
        }
        xml.setLength(0);
        int style = cell.getCellStyle().getIndex() & 0xffff;
        if (type == CellType.NUMERIC) {
            number(columnIndex, style, cell.getNumericCellValue());
        } else {
            text(columnIndex, style, cell.getStringCellValue());
        }
        _out.append(xml);
    }

    /** Starts a row written straight; its cells follow, then {@link #endStraightRow}. */
    void beginStraightRow(int rownum) {
        rowNumber = Integer.toString(rownum + 1);
        xml.setLength(0);
    }

    /** A text cell of the straight row, in the style of that index. */
    void text(int column, int style, String text) {
        if (text.length() > MAX_TEXT) {
            throw new IllegalArgumentException(
                    "The maximum length of cell contents (text) is " + MAX_TEXT + " characters");
        }
        start(column, style);
        xml.append(
                spaceAtAnEnd(text)
                        ? "\" t=\"inlineStr\"><is><t xml:space=\"preserve\">"
                        : "\" t=\"inlineStr\"><is><t>");
        escape(text);
        xml.append("</t></is></c>");
    }

    /**
     * A number cell of the straight row; an infinite number as #DIV/0! and NaN as #NUM!, as POI
     * stores them.
     */
    void number(int column, int style, double value) {
        start(column, style);
        if (Double.isFinite(value)) {
            xml.append("\" t=\"n\"><v>").append(value).append("</v></c>");
        } else {
            xml.append("\" t=\"e\"><v>")
                    .append(
                            (Double.isNaN(value) ? FormulaError.NUM : FormulaError.DIV0)
                                    .getString())
                    .append("</v></c>");
        }
    }

    /**
     * A formula cell of the straight row, with the value the service computed (none when it is not
     * a finite number: a spreadsheet computes it).
     */
    void formula(int column, int style, String formula, double value) {
        start(column, style);
        xml.append("\" t=\"n\"><f>");
        escape(formula);
        xml.append("</f>");
        if (Double.isFinite(value)) {
            xml.append("<v>").append(value).append("</v>");
        }
        xml.append("</c>");
    }

    /**
     * Writes the straight row with its cells, as tall as given in points (0: the default height).
     */
    void endStraightRow(float heightInPoints) throws IOException {
        _out.write("<row r=\"");
        _out.write(rowNumber);
        if (heightInPoints > 0) {
            // As SXSSF keeps a row's height: in twentieths of a point, as a short.
            short twips = (short) (heightInPoints * 20);
            _out.write("\" customHeight=\"1\" ht=\"");
            _out.write(Float.toString((float) (twips / 20.0)));
        }
        _out.write("\">\n");
        _out.append(xml);
        _out.write("</row>\n");
    }

    /** A cell's reference and style, up to the type attribute's quote. */
    private void start(int column, int style) {
        xml.append("<c r=\"")
                .append(
                        column < COLUMNS.length
                                ? COLUMNS[column]
                                : CellReference.convertNumToColString(column))
                .append(rowNumber);
        if (style != 0) {
            xml.append("\" s=\"").append(style);
        }
    }

    /**
     * Whether the text starts or ends with white space, which the cell must then keep, as POI tells
     * it.
     */
    private static boolean spaceAtAnEnd(String text) {
        return !text.isEmpty()
                && (Character.isWhitespace(text.charAt(0))
                        || Character.isWhitespace(text.charAt(text.length() - 1)));
    }

    @Override
    protected void outputEscapedString(String text) throws IOException {
        if (text != null) {
            xml.setLength(0);
            escape(text);
            _out.append(xml);
        }
    }

    /**
     * The text escaped as POI escapes it, character by character: markup characters, line breaks,
     * tabs and the no-break space as references; other control characters and the two
     * non-characters U+FFFE and U+FFFF as "?"; every other character, surrogates included, as it
     * is.
     */
    private void escape(String text) {
        int plain = 0;
        for (int i = 0; i < text.length(); i++) {
            String escaped = escaped(text.charAt(i));
            if (escaped != null) {
                xml.append(text, plain, i).append(escaped);
                plain = i + 1;
            }
        }
        xml.append(text, plain, text.length());
    }

    private static String escaped(char c) {
        return switch (c) {
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '&' -> "&amp;";
            case '"' -> "&quot;";
            case '\n' -> "&#xa;";
            case '\r' -> "&#xd;";
            case '\t' -> "&#x9;";
            case '\u00A0' -> "&#xa0;";
            default -> c < ' ' || c >= '\uFFFE' ? "?" : null;
        };
    }
}
