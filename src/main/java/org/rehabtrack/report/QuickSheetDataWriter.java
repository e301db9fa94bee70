package org.rehabtrack.report;

import java.io.File;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * POI's writer of a streamed sheet's rows, writing the same XML faster: through a {@link
 * SheetXmlWriter}, which takes no lock per call; escaping text a run of characters at a time rather
 * than a character at a time; and writing text and number cells, nearly every cell of a report,
 * without building a cell reference object and attribute strings for each. Every other cell is
 * written by POI itself. {@code QuickSheetDataWriterTest} checks that the XML is POI's, byte for
 * byte.
 */
class QuickSheetDataWriter extends SheetDataWriter {

    /** Column letters of the first columns, which are nearly all a report has. */
    private static final String[] COLUMNS = new String[64];

    static {
        for (int i = 0; i < COLUMNS.length; i++) {
            COLUMNS[i] = CellReference.convertNumToColString(i);
        }
    }

    /** The number of the row being written, as it appears in cell references. */
    private String rowNumber;

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
        _out.write("<c r=\"");
        _out.write(
                columnIndex < COLUMNS.length
                        ? COLUMNS[columnIndex]
                        : CellReference.convertNumToColString(columnIndex));
        _out.write(rowNumber);
        int style = cell.getCellStyle().getIndex() & 0xffff;
        if (style != 0) {
            _out.write("\" s=\"");
            _out.write(Integer.toString(style));
        }
        if (type == CellType.NUMERIC) {
            _out.write("\" t=\"n\"><v>");
            _out.write(Double.toString(cell.getNumericCellValue()));
            _out.write("</v></c>");
        } else {
            String text = cell.getStringCellValue();
            _out.write(
                    spaceAtAnEnd(text)
                            ? "\" t=\"inlineStr\"><is><t xml:space=\"preserve\">"
                            : "\" t=\"inlineStr\"><is><t>");
            outputEscapedString(text);
            _out.write("</t></is></c>");
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

    /**
     * The text escaped as POI escapes it, character by character: markup characters, line breaks,
     * tabs and the no-break space as references; other control characters and the two
     * non-characters U+FFFE and U+FFFF as "?"; every other character, surrogates included, as it
     * is.
     */
    @Override
    protected void outputEscapedString(String text) throws IOException {
        if (text == null) {
            return;
        }
        int plain = 0;
        for (int i = 0; i < text.length(); i++) {
            String escaped = escaped(text.charAt(i));
            if (escaped != null) {
                _out.write(text, plain, i - plain);
                _out.write(escaped);
                plain = i + 1;
            }
        }
        _out.write(text, plain, text.length() - plain);
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
