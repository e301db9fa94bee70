package org.rehabtrack.preliminary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.management.ThreadMXBean;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.rehabtrack.system.Refusal;
import org.rehabtrack.system.Refusal.Reason;

/**
 * The streamed read of an uploaded bill of quantities: limits met while reading, hostile XML
 * refused.
 */
class BoqStreamingReadTest {

    private static final int MAX_ROWS = 5000;
    private static final int MAX_CELLS = 100_000;
    private static final Object[][] LINES = {
        {"01", "Preliminares", "1.1", "Item 1.1", "m²", 1, 15000.00, "HNL"},
    };

    @TempDir Path dir;

    private static Refusal refusal(Path file) {
        return assertThrows(Refusal.class, () -> BoqWorkbookReader.read(file, MAX_ROWS, MAX_CELLS));
    }

    private Path file(byte[] content) throws IOException {
        return Files.write(Files.createTempFile(dir, "boq", ".xlsx"), content);
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void refusesAMillionRowsAtTheRowLimitAllocatingUnder50Megabytes() throws IOException {
        Path file = dir.resolve("million.xlsx");
        MillionRowWorkbook.write(file, 1_000_000);
        assertTrue(
                Files.size(file) < 5L * 1024 * 1024,
                "under the upload size limit, so the reader meets it");

        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        long allocatedBefore = threads.getThreadAllocatedBytes(id);
        long start = System.nanoTime();
        Refusal refused = refusal(file);
        long millis = (System.nanoTime() - start) / 1_000_000;
        long allocated = threads.getThreadAllocatedBytes(id) - allocatedBefore;

        assertEquals(Reason.TOO_LARGE, refused.reason());
        assertEquals("boq.tooManyRows", refused.detail().key());
        System.out.printf(
                "Million-row workbook (%d bytes) refused in %d ms, %.1f MB allocated by the read%n",
                Files.size(file), millis, allocated / 1e6);
        assertTrue(allocated < 50L * 1024 * 1024, "allocated " + allocated + " bytes");
    }

    @Test
    void refusesASheetOverTheCellLimitAsItReadsIt() throws IOException {
        Path file =
                file(
                        workbook(
                                LINES,
                                row -> {
                                    for (int c = 20; c < 300; c++) {
                                        row.createCell(c).setCellValue("note");
                                    }
                                }));
        Refusal refused =
                assertThrows(Refusal.class, () -> BoqWorkbookReader.read(file, MAX_ROWS, 200));
        assertEquals(Reason.TOO_LARGE, refused.reason());
        assertEquals("boq.tooManyCells", refused.detail().key());
        // The same workbook is read under the default limit.
        assertEquals(1, BoqWorkbookReader.read(file, MAX_ROWS, MAX_CELLS).size());
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void refusesEntityExpansionInTheSheet() throws IOException {
        String laughs =
                "<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY a \"aaaaaaaaaa\">"
                        + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">"
                        + "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">"
                        + "<!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\"><!ENTITY g \"&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;\">]>"
                        + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                        + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&g;</t></is></c></row></sheetData></worksheet>";
        Path file =
                file(
                        replacing(
                                workbook(LINES, row -> {}),
                                "xl/worksheets/sheet1.xml",
                                xml -> laughs));
        assertEquals(Reason.UNSUPPORTED_MEDIA_TYPE, refusal(file).reason());
    }

    @Test
    void refusesSharedStringsThatClaimMoreStringsThanCellsWithoutMakingRoomForThem()
            throws IOException {
        Path file =
                file(
                        replacing(
                                workbook(LINES, row -> {}),
                                "xl/sharedStrings.xml",
                                xml ->
                                        xml.replaceFirst(
                                                "uniqueCount=\"\\d+\"",
                                                "uniqueCount=\"2000000000\"")));
        Refusal refused = refusal(file);
        assertEquals(Reason.TOO_LARGE, refused.reason());
        assertEquals("boq.tooManyCells", refused.detail().key());
    }

    @Test
    void refusesACellLongerThanASpreadsheetAllows() throws IOException {
        Path file =
                file(workbook(LINES, row -> row.createCell(12).setCellValue("x".repeat(32_767))));
        assertEquals(
                1,
                BoqWorkbookReader.read(file, MAX_ROWS, MAX_CELLS).size(),
                "Excel's longest cell is read");
        String huge = "y".repeat(40_000);
        Path hostile =
                file(
                        replacing(
                                workbook(LINES, row -> {}),
                                "xl/worksheets/sheet1.xml",
                                xml ->
                                        xml.replace(
                                                "</sheetData>",
                                                "<row r=\"9\"><c r=\"D9\" t=\"inlineStr\"><is><t>"
                                                        + huge
                                                        + "</t></is></c></row></sheetData>")));
        Refusal refused = refusal(hostile);
        assertEquals(Reason.TOO_LARGE, refused.reason());
        assertEquals("boq.expandsTooMuch", refused.detail().key());
    }

    @Test
    void readsAWorkbookWithNoHeaderRowAsAWrongHeader() throws IOException {
        Path file =
                file(
                        replacing(
                                workbook(LINES, row -> {}),
                                "xl/worksheets/sheet1.xml",
                                xml -> xml.replaceFirst("<row r=\"1\".*?</row>", "")));
        Refusal refused = refusal(file);
        assertEquals(Reason.INVALID_INPUT, refused.reason());
        assertEquals(
                List.of("A1", "B1", "C1", "D1", "E1", "F1", "G1", "H1", "I1"),
                refused.fieldProblems().stream().map(Refusal.FieldProblem::field).toList());
    }

    @Test
    void refusesAFormulaWhoseSavedValueIsAnErrorAsARowError() throws IOException {
        Path file =
                file(
                        workbook(
                                LINES,
                                row -> {
                                    row.removeCell(row.getCell(BoqColumn.QUANTITY.index()));
                                    row.createCell(BoqColumn.QUANTITY.index())
                                            .setCellFormula("1/0");
                                    row.getSheet()
                                            .getWorkbook()
                                            .getCreationHelper()
                                            .createFormulaEvaluator()
                                            .evaluateAll();
                                }));
        Refusal refused = refusal(file);
        assertEquals(Reason.INVALID_INPUT, refused.reason());
        assertEquals(1, refused.fieldProblems().size());
        assertEquals("F2", refused.fieldProblems().get(0).field());
        assertEquals("boq.formulaWithoutValue", refused.fieldProblems().get(0).message().key());
    }

    /** The workbook with one entry's text changed. */
    private static byte[] replacing(byte[] xlsx, String entryName, UnaryOperator<String> change)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            boolean found = false;
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] data = in.readAllBytes();
                zip.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals(entryName)) {
                    found = true;
                    data =
                            change.apply(new String(data, StandardCharsets.UTF_8))
                                    .getBytes(StandardCharsets.UTF_8);
                }
                zip.write(data);
                zip.closeEntry();
            }
            assertTrue(found, entryName);
        }
        return out.toByteArray();
    }

    /**
     * The import-layout workbook of these lines, its first line changed as a spreadsheet program
     * would.
     */
    private static byte[] workbook(Object[][] lines, Consumer<Row> change) throws IOException {
        try (XSSFWorkbook workbook =
                        new XSSFWorkbook(new ByteArrayInputStream(BoqImportTest.workbook(lines)));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            change.accept(workbook.getSheetAt(0).getRow(1));
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
