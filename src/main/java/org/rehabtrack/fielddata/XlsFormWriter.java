package org.rehabtrack.fielddata;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.rehabtrack.fielddata.XlsForm.Choice;
import org.rehabtrack.fielddata.XlsForm.Question;
import org.rehabtrack.system.Bilingual;
import org.rehabtrack.system.SpreadsheetText;

/**
 * Writes an {@link XlsForm} as the workbook KoboToolbox and ODK Central take: sheets {@code
 * survey}, {@code choices} and {@code settings}, each a header row of XLSForm's column names
 * (frozen and filtered, for whoever opens it in a spreadsheet) and one row per question, answer or
 * setting, every cell text. Labels, hints and messages have a column per language ({@code
 * label::Español (es)}).
 */
final class XlsFormWriter {

    /** A column of a sheet: its XLSForm name and what it holds for a row. */
    private record Column<T>(String name, int width, Function<T, String> value) {}

    private static final List<Column<Question>> SURVEY =
            List.of(
                    new Column<>("type", 28, q -> q.type),
                    new Column<>("name", 30, q -> q.name),
                    new Column<>(label("label", XlsForm.SPANISH), 44, q -> es(q.label)),
                    new Column<>(label("label", XlsForm.ENGLISH), 44, q -> en(q.label)),
                    new Column<>(label("hint", XlsForm.SPANISH), 36, q -> es(q.hint)),
                    new Column<>(label("hint", XlsForm.ENGLISH), 36, q -> en(q.hint)),
                    new Column<>("required", 10, q -> q.required ? "yes" : null),
                    new Column<>("constraint", 36, q -> q.constraint),
                    new Column<>(
                            label("constraint_message", XlsForm.SPANISH),
                            36,
                            q -> es(q.constraintMessage)),
                    new Column<>(
                            label("constraint_message", XlsForm.ENGLISH),
                            36,
                            q -> en(q.constraintMessage)),
                    new Column<>("relevant", 30, q -> q.relevant),
                    new Column<>("appearance", 14, q -> q.appearance),
                    new Column<>("parameters", 18, q -> q.parameters),
                    new Column<>("default", 14, q -> q.defaultValue));

    private static final List<Column<Choice>> CHOICES =
            List.of(
                    new Column<>("list_name", 18, Choice::listName),
                    new Column<>("name", 30, Choice::name),
                    new Column<>(label("label", XlsForm.SPANISH), 48, c -> es(c.label())),
                    new Column<>(label("label", XlsForm.ENGLISH), 48, c -> en(c.label())));

    private static final List<Column<XlsForm.Settings>> SETTINGS =
            List.of(
                    new Column<>("form_title", 36, XlsForm.Settings::formTitle),
                    new Column<>("form_id", 24, XlsForm.Settings::formId),
                    new Column<>("version", 14, XlsForm.Settings::version),
                    new Column<>("default_language", 18, s -> XlsForm.SPANISH),
                    new Column<>("instance_name", 40, XlsForm.Settings::instanceName));

    private XlsFormWriter() {}

    static byte[] write(XlsForm form) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(workbook);
            writeSheet(workbook.createSheet("survey"), SURVEY, form.survey(), styles);
            writeSheet(workbook.createSheet("choices"), CHOICES, form.choices(), styles);
            writeSheet(
                    workbook.createSheet("settings"), SETTINGS, List.of(form.settings()), styles);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> void writeSheet(
            Sheet sheet, List<Column<T>> columns, List<T> rows, Styles styles) {
        Row header = sheet.createRow(0);
        for (int c = 0; c < columns.size(); c++) {
            header.createCell(c).setCellValue(columns.get(c).name());
            header.getCell(c).setCellStyle(styles.header);
            sheet.setColumnWidth(c, columns.get(c).width() * 256);
        }
        int r = 1;
        for (T item : rows) {
            Row row = sheet.createRow(r++);
            for (int c = 0; c < columns.size(); c++) {
                String value = columns.get(c).value().apply(item);
                if (value != null && !value.isEmpty()) {
                    row.createCell(c).setCellValue(value);
                    if (SpreadsheetText.looksLikeFormula(value)) {
                        row.getCell(c).setCellStyle(styles.quoted);
                    }
                }
            }
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(r - 1, 1), 0, columns.size() - 1));
        // printed, as someone checking the form might: landscape, the header on every page
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setPaperSize(PrintSetup.LETTER_PAPERSIZE);
        sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
    }

    private static String label(String column, String language) {
        return column + "::" + language;
    }

    private static String es(Bilingual text) {
        return text == null ? null : text.es();
    }

    private static String en(Bilingual text) {
        return text == null ? null : text.en();
    }

    private static final class Styles {
        final CellStyle header;
        final CellStyle quoted;

        Styles(XSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            quoted = SpreadsheetText.quotedStyle(workbook);
        }
    }
}
