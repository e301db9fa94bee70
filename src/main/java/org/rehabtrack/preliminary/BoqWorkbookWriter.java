package org.rehabtrack.preliminary;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.rehabtrack.system.DigitsAsTyped;
import org.rehabtrack.system.SpreadsheetText;

/**
 * Writes a bill of quantities in the import layout: one header row, frozen and filtered, one row
 * per line, the amount as a live formula with its value stored. An empty bill gives the template. A
 * second sheet explains the columns. User text that a spreadsheet could take for a formula is
 * written as literal, quote-prefixed text, by the same rule as the reports ({@link
 * SpreadsheetText}).
 */
final class BoqWorkbookWriter {

    static final String SHEET = "BoQ";

    private BoqWorkbookWriter() {}

    static byte[] write(List<BoqChapter> chapters, boolean spanish) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(workbook);
            Sheet sheet = workbook.createSheet(SHEET);
            Row header = sheet.createRow(0);
            for (BoqColumn column : BoqColumn.values()) {
                Cell cell = header.createCell(column.index());
                cell.setCellValue(column.header(spanish));
                cell.setCellStyle(styles.header);
            }
            int r = 1;
            for (BoqChapter chapter : chapters) {
                for (BoqLine line : chapter.getLines()) {
                    writeLine(sheet.createRow(r++), chapter, line, styles);
                }
            }
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(
                    new CellRangeAddress(0, Math.max(r - 1, 1), 0, BoqColumn.values().length - 1));
            int[] widths = {14, 28, 12, 60, 10, 14, 16, 10, 18};
            for (int i = 0; i < widths.length; i++) {
                sheet.setColumnWidth(i, widths[i] * 256);
            }
            sheet.getPrintSetup().setLandscape(true);
            sheet.getPrintSetup().setPaperSize(PrintSetup.LETTER_PAPERSIZE);
            sheet.setFitToPage(true);
            sheet.getPrintSetup().setFitWidth((short) 1);
            sheet.getPrintSetup().setFitHeight((short) 0);
            sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
            writeInstructions(workbook, styles, spanish);
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeLine(Row row, BoqChapter chapter, BoqLine line, Styles styles) {
        writeCode(row.createCell(BoqColumn.CHAPTER_CODE.index()), chapter.getCode(), styles);
        writeText(row.createCell(BoqColumn.CHAPTER_TITLE.index()), chapter.getTitle(), styles);
        writeCode(row.createCell(BoqColumn.ITEM_CODE.index()), line.getItemCode(), styles);
        writeText(row.createCell(BoqColumn.DESCRIPTION.index()), line.getDescription(), styles);
        writeText(row.createCell(BoqColumn.UNIT.index()), line.getUnit(), styles);
        Cell quantity = row.createCell(BoqColumn.QUANTITY.index());
        quantity.setCellValue(line.getQuantity().doubleValue());
        quantity.setCellStyle(styles.quantity);
        Cell price = row.createCell(BoqColumn.UNIT_PRICE.index());
        price.setCellValue(line.getUnitPrice().amount().doubleValue());
        price.setCellStyle(styles.money);
        writeText(
                row.createCell(BoqColumn.CURRENCY.index()), line.getUnitPrice().currency(), styles);
        int excelRow = row.getRowNum() + 1;
        Cell amount = row.createCell(BoqColumn.AMOUNT.index());
        amount.setCellFormula(
                "ROUND("
                        + BoqColumn.QUANTITY.letter()
                        + excelRow
                        + "*"
                        + BoqColumn.UNIT_PRICE.letter()
                        + excelRow
                        + ",2)");
        amount.setCellStyle(styles.money);
    }

    /**
     * A code made of digits ("04", "04.02") is written as a number whose format shows it exactly as
     * typed, so spreadsheets do not flag a number stored as text and it reads back the same; any
     * other code is text.
     */
    private static void writeCode(Cell cell, String code, Styles styles) {
        java.util.Optional<String> format = DigitsAsTyped.format(code);
        if (format.isEmpty()) {
            writeText(cell, code, styles);
            return;
        }
        cell.setCellValue(new BigDecimal(code).doubleValue());
        cell.setCellStyle(styles.code(format.get()));
    }

    /**
     * User text, always a text cell; quote-prefixed when a spreadsheet could take it for a formula.
     */
    private static void writeText(Cell cell, String value, Styles styles) {
        cell.setCellValue(value);
        if (SpreadsheetText.looksLikeFormula(value)) {
            cell.setCellStyle(styles.quotedText);
        }
    }

    private static void writeInstructions(XSSFWorkbook workbook, Styles styles, boolean spanish) {
        Sheet sheet = workbook.createSheet(spanish ? "Instrucciones" : "Instructions");
        String[] lines =
                spanish
                        ? new String[] {
                            "Plantilla de presupuesto (bill of quantities) de RehabTrack",
                            "Una fila por línea, en la primera hoja, bajo la fila de encabezados; no cambie los encabezados.",
                            "Código y nombre de capítulo: el mismo nombre en todas las líneas del capítulo.",
                            "Cantidad: número, no negativo, hasta 3 decimales. Precio unitario: número, no negativo, hasta 2 decimales.",
                            "Moneda: código ISO 4217 (HNL, USD). La columna Monto es una fórmula y no se importa.",
                            "Monto de cada línea = cantidad × precio unitario, redondeado a centavos (mitad hacia arriba).",
                            "Si una fila tiene un error, no se importa nada y la respuesta indica cada celda a corregir."
                        }
                        : new String[] {
                            "RehabTrack bill of quantities template",
                            "One row per line, on the first sheet, under the header row; do not change the headers.",
                            "Chapter code and chapter name: the same name on every line of the chapter.",
                            "Quantity: a number, not negative, up to 3 decimals. Unit price: a number, not negative, up to 2 decimals.",
                            "Currency: an ISO 4217 code (HNL, USD). The Amount column is a formula and is not imported.",
                            "Each line's amount = quantity × unit price, rounded half up to the cent.",
                            "If any row has an error nothing is imported, and the answer names every cell to correct."
                        };
        Row header = sheet.createRow(0);
        Cell number = header.createCell(0);
        number.setCellValue("#");
        number.setCellStyle(styles.header);
        Cell text = header.createCell(1);
        text.setCellValue(lines[0]);
        text.setCellStyle(styles.header);
        for (int i = 1; i < lines.length; i++) {
            Row row = sheet.createRow(i);
            row.createCell(0).setCellValue(i);
            row.createCell(1).setCellValue(lines[i]);
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, lines.length - 1, 0, 1));
        sheet.setColumnWidth(0, 6 * 256);
        sheet.setColumnWidth(1, 110 * 256);
    }

    /** Every style the workbook uses, created once. */
    private static final class Styles {
        final CellStyle header;
        final CellStyle quantity;
        final CellStyle money;

        /** Text a spreadsheet must never read as a formula: the reports' rule and style. */
        final CellStyle quotedText;

        private final XSSFWorkbook workbook;
        private final DataFormat format;
        private final Map<String, CellStyle> codes = new HashMap<>();

        Styles(XSSFWorkbook workbook) {
            this.workbook = workbook;
            this.format = workbook.createDataFormat();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setBorderBottom(BorderStyle.THIN);
            quantity = workbook.createCellStyle();
            quantity.setDataFormat(format.getFormat("#,##0.000"));
            money = workbook.createCellStyle();
            money.setDataFormat(format.getFormat("#,##0.00"));
            quotedText = SpreadsheetText.quotedStyle(workbook);
        }

        /** The style of digit codes written with {@code pattern}, created once per pattern. */
        CellStyle code(String pattern) {
            return codes.computeIfAbsent(
                    pattern,
                    p -> {
                        CellStyle style = workbook.createCellStyle();
                        style.setDataFormat(format.getFormat(p));
                        style.setAlignment(HorizontalAlignment.LEFT);
                        return style;
                    });
        }
    }
}
