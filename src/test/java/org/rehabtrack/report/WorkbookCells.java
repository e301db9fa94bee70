package org.rehabtrack.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Every cell of a workbook as text ("sheet!A1 = value"), to compare two workbooks cell by cell; the
 * title block's "generated at" line, the one cell that says when it was written, is left out.
 */
final class WorkbookCells {

    private WorkbookCells() {}

    static List<String> of(byte[] xlsx) {
        List<String> cells = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : workbook) {
                cells.add("sheet " + sheet.getSheetName());
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        String value = value(cell);
                        if (value.startsWith("Generated at ") || value.startsWith("Generado el ")) {
                            continue;
                        }
                        cells.add(sheet.getSheetName() + "!" + cell.getAddress() + " = " + value);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cells;
    }

    private static String value(Cell cell) {
        return switch (cell.getCellType()) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> String.valueOf(cell.getNumericCellValue());
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            case FORMULA ->
                    "="
                            + cell.getCellFormula()
                            + " -> "
                            + (cell.getCachedFormulaResultType() == CellType.NUMERIC
                                    ? String.valueOf(cell.getNumericCellValue())
                                    : cell.getStringCellValue());
            default -> "";
        };
    }

    /** The cells that differ, to say which in a failure. */
    static List<String> difference(List<String> a, List<String> b) {
        List<String> only = new ArrayList<>(a);
        only.removeAll(b);
        List<String> other = new ArrayList<>(b);
        other.removeAll(a);
        only.addAll(other.stream().map(c -> "+ " + c).toList());
        return only;
    }
}
