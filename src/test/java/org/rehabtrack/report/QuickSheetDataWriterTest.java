package org.rehabtrack.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.xssf.streaming.SXSSFCell;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.junit.jupiter.api.Test;

/**
 * The quick writer writes the very XML POI's own writer writes, for every kind of cell and text.
 */
class QuickSheetDataWriterTest {

    /**
     * Characters that text in a report may hold: plain, markup, line breaks, controls,
     * non-characters, an emoji's halves.
     */
    private static final String CHARACTERS =
            "aZ09 ñé-./'<>&\"\n\r\t\u00A0\u0000\u0001\u001F\u007F\uFFFD\uFFFE\uFFFF"
                    + "\uD83D\uDE00\u20AC";

    @Test
    void everyKindOfCellIsWrittenAsPoiWritesIt() throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(-1)) {
            SXSSFSheet sheet = workbook.createSheet("cells");
            CellStyle styled = workbook.createCellStyle();
            styled.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
            List<String> texts =
                    List.of(
                            "",
                            "plain",
                            " leading",
                            "trailing ",
                            "\ttab",
                            "a<b>&\"c'd",
                            "line\nbreak\r",
                            "no\u00A0break",
                            "bell\u0007",
                            "\uFFFE\uFFFF",
                            "smile \uD83D\uDE00",
                            "lone \uD800 half",
                            "=SUM(A1:A2)",
                            "x".repeat(32_767));
            int r = 0;
            for (String text : texts) {
                plainAndStyled(sheet.createRow(r++), 0, 3, styled, cell -> cell.setCellValue(text));
            }
            double[] numbers = {
                0,
                -0.0,
                1,
                -1.5,
                0.1 + 0.2,
                1e20,
                1.0e-7,
                123_456_789.12,
                Double.MAX_VALUE,
                Double.MIN_VALUE
            };
            for (double number : numbers) {
                plainAndStyled(
                        sheet.createRow(r++), 1, 70, styled, cell -> cell.setCellValue(number));
            }
            SXSSFRow others = sheet.createRow(r++);
            others.createCell(0).setCellValue(LocalDate.of(2026, 11, 29));
            others.createCell(1).setCellValue(true);
            others.createCell(2).setCellErrorValue(FormulaError.DIV0.getCode());
            others.createCell(3);
            SXSSFCell sum = others.createCell(4);
            sum.setCellFormula("SUM(A1:A2)");
            sum.setCellValue(3.5);
            SXSSFCell label = others.createCell(5);
            label.setCellFormula("A1&\"<x>\"");
            label.setCellValue("plain<x>");
            others.createCell(16_383).setCellValue("last column");
            Random random = new Random(20261129);
            for (int i = 0; i < 2_000; i++) {
                SXSSFRow row = sheet.createRow(r++ * 37);
                row.createCell(random.nextInt(30)).setCellValue(randomText(random));
                row.createCell(30 + random.nextInt(60))
                        .setCellValue(random.nextDouble() * 1e9 - 5e8);
            }
            sheet.createRow(1_048_575).createCell(2).setCellValue("last row");

            String poi = written(new Poi(), sheet);
            String quick = written(new Quick(), sheet);
            assertTrue(
                    poi.contains("t=\"inlineStr\"")
                            && poi.contains("<f>")
                            && poi.contains("C1048576"),
                    poi);
            assertEquals(poi, quick);
            workbook.dispose();
        }
    }

    /** The same value in a cell of the default style and in a cell of the given one. */
    private static void plainAndStyled(
            SXSSFRow row, int plain, int styled, CellStyle style, Consumer<SXSSFCell> value) {
        value.accept(row.createCell(plain));
        SXSSFCell withStyle = row.createCell(styled);
        value.accept(withStyle);
        withStyle.setCellStyle(style);
    }

    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(12);
        for (int i = 0; i < length; i++) {
            text.append(CHARACTERS.charAt(random.nextInt(CHARACTERS.length())));
        }
        return text.toString();
    }

    /** A writer whose temporary file the test removes. */
    private interface Written {
        File file();
    }

    private static final class Poi extends SheetDataWriter implements Written {
        Poi() throws IOException {}

        @Override
        public File file() {
            return getTempFile();
        }
    }

    private static final class Quick extends QuickSheetDataWriter implements Written {
        Quick() throws IOException {}

        @Override
        public File file() {
            return getTempFile();
        }
    }

    /** Every row of the sheet as the writer writes it. */
    private static <W extends SheetDataWriter & Written> String written(W writer, SXSSFSheet sheet)
            throws IOException {
        try {
            for (int r = sheet.getFirstRowNum(); r <= sheet.getLastRowNum(); r++) {
                SXSSFRow row = (SXSSFRow) sheet.getRow(r);
                if (row != null) {
                    writer.writeRow(r, row);
                }
            }
            writer.close();
            try (InputStream in = writer.getWorksheetXMLInputStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } finally {
            Files.deleteIfExists(writer.file().toPath());
        }
    }
}
