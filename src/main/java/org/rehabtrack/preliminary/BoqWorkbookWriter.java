package org.rehabtrack.preliminary;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a bill of quantities in the import layout: one header row, frozen and filtered, one row
 * per line, the amount as a live formula with its value stored. An empty bill gives the template.
 * A second sheet explains the columns.
 */
final class BoqWorkbookWriter {

    static final String SHEET = "BoQ";

    private BoqWorkbookWriter() {}

    static byte[] write(List<BoqChapter> chapters, boolean spanish) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
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
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(r - 1, 1), 0, BoqColumn.values().length - 1));
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
        row.createCell(BoqColumn.CHAPTER_CODE.index()).setCellValue(chapter.getCode());
        row.createCell(BoqColumn.CHAPTER_TITLE.index()).setCellValue(chapter.getTitle());
        row.createCell(BoqColumn.ITEM_CODE.index()).setCellValue(line.getItemCode());
        row.createCell(BoqColumn.DESCRIPTION.index()).setCellValue(line.getDescription());
        row.createCell(BoqColumn.UNIT.index()).setCellValue(line.getUnit());
        Cell quantity = row.createCell(BoqColumn.QUANTITY.index());
        quantity.setCellValue(line.getQuantity().doubleValue());
        quantity.setCellStyle(styles.quantity);
        Cell price = row.createCell(BoqColumn.UNIT_PRICE.index());
        price.setCellValue(line.getUnitPrice().amount().doubleValue());
        price.setCellStyle(styles.money);
        row.createCell(BoqColumn.CURRENCY.index()).setCellValue(line.getUnitPrice().currency());
        int excelRow = row.getRowNum() + 1;
        Cell amount = row.createCell(BoqColumn.AMOUNT.index());
        amount.setCellFormula("ROUND(" + BoqColumn.QUANTITY.letter() + excelRow + "*" + BoqColumn.UNIT_PRICE.letter()
                + excelRow + ",2)");
        amount.setCellStyle(styles.money);
    }

    private static void writeInstructions(XSSFWorkbook workbook, Styles styles, boolean spanish) {
        Sheet sheet = workbook.createSheet(spanish ? "Instrucciones" : "Instructions");
        String[] lines = spanish ? new String[] {
            "Plantilla de presupuesto (bill of quantities) de RehabTrack",
            "Una fila por línea, en la primera hoja, bajo la fila de encabezados; no cambie los encabezados.",
            "Código y nombre de capítulo: el mismo nombre en todas las líneas del capítulo.",
            "Cantidad: número, no negativo, hasta 3 decimales. Precio unitario: número, no negativo, hasta 2 decimales.",
            "Moneda: código ISO 4217 (HNL, USD). La columna Monto es una fórmula y no se importa.",
            "Monto de cada línea = cantidad × precio unitario, redondeado a centavos (mitad hacia arriba).",
            "Si una fila tiene un error, no se importa nada y la respuesta indica cada celda a corregir."
        } : new String[] {
            "RehabTrack bill of quantities template",
            "One row per line, on the first sheet, under the header row; do not change the headers.",
            "Chapter code and chapter name: the same name on every line of the chapter.",
            "Quantity: a number, not negative, up to 3 decimals. Unit price: a number, not negative, up to 2 decimals.",
            "Currency: an ISO 4217 code (HNL, USD). The Amount column is a formula and is not imported.",
            "Each line's amount = quantity × unit price, rounded half up to the cent.",
            "If any row has an error nothing is imported, and the answer names every cell to correct."
        };
        for (int i = 0; i < lines.length; i++) {
            Cell cell = sheet.createRow(i).createCell(0);
            cell.setCellValue(lines[i]);
            if (i == 0) {
                cell.setCellStyle(styles.header);
            }
        }
        sheet.setColumnWidth(0, 110 * 256);
    }

    /** Every style the workbook uses, created once. */
    private static final class Styles {
        final CellStyle header;
        final CellStyle quantity;
        final CellStyle money;

        Styles(XSSFWorkbook workbook) {
            DataFormat format = workbook.createDataFormat();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setBorderBottom(BorderStyle.THIN);
            quantity = workbook.createCellStyle();
            quantity.setDataFormat(format.getFormat("#,##0.000"));
            money = workbook.createCellStyle();
            money.setDataFormat(format.getFormat("#,##0.00"));
        }
    }
}
