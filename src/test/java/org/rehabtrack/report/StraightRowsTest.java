package org.rehabtrack.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.junit.jupiter.api.Test;

/**
 * A sheet's rows past its first go straight to its XML, without SXSSF's row and cell objects: the
 * sheet is the very one SXSSF writes, byte for byte, with every kind of cell, wrapped rows and
 * links.
 */
class StraightRowsTest {

    private static final String CHARACTERS =
            "aZ09 ñé-./'<>&\"\n\r\t\u00A0\u0000\u0001\u001F\u007F\uFFFD\uFFFE\uFFFF"
                    + "\uD83D\uDE00\u20AC=+-@";

    @Test
    void aLongSheetIsWrittenStraightAsSxssfWritesIt() throws IOException {
        String straight = sheetXml(true);
        String sxssf = sheetXml(false);
        assertTrue(sxssf.contains("<row r=\"900\""), "the sheet has its rows");
        assertTrue(sxssf.contains("customHeight=\"1\""), "some rows are taller");
        assertTrue(sxssf.contains("<hyperlink "), "some cells are links");
        assertTrue(sxssf.contains("<f>SUM("), "the totals are formulas");
        assertTrue(sxssf.contains("<dimension ref=\"A1:L903\"/>"), "the sheet's dimension");
        assertEquals(sxssf, straight);
    }

    /** The first sheet's XML of a workbook of 900 rows of every kind of cell. */
    private static String sheetXml(boolean straightRows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ReportWorkbook workbook = new ReportWorkbook("Straight rows", "RehabTrack")) {
            SheetWriter sheet = workbook.sheet("Cells", straightRows);
            CellStyle link = sheet.sheet().getWorkbook().createCellStyle();
            Font underlined = sheet.sheet().getWorkbook().createFont();
            underlined.setUnderline(Font.U_SINGLE);
            link.setFont(underlined);
            int[] widths = {12, 14, 10, 10, 10, 12, 20, 8, 12, 12, 14, 16};
            sheet.columns(widths)
                    .titleBlock("Every kind of cell", List.of("Rows written straight, or not"))
                    .header(
                            List.of(
                                    "text", "integer", "money", "decimal", "percent", "rate",
                                    "date", "status", "period", "typed", "moment", "link"));
            int first = sheet.firstDataExcelRow();
            Random random = new Random(20261205);
            Status[] statuses = Status.values();
            for (int i = 0; i < 890; i++) {
                sheet.row()
                        .text(0, text(random))
                        .integer(1, random.nextInt(2_000_000) - 1_000_000)
                        .money(2, BigDecimal.valueOf(random.nextLong() % 10_000_000_000L, 2))
                        .decimal(3, i % 7 == 0 ? null : BigDecimal.valueOf(random.nextInt(), 3))
                        .percent(4, BigDecimal.valueOf(random.nextInt(20_000) - 5_000, 4))
                        .rate(5, new BigDecimal("24.735012"))
                        .date(6, LocalDate.of(2023, 1, 1).plusDays(i))
                        .status(7, "word " + i % 4, statuses[i % statuses.length])
                        .period(8, i % 2 == 0, i % 3 == 0)
                        .typed(
                                9,
                                List.of("4000000.00", "06.01", "2026-02-30", "2026-12-05", "x")
                                        .get(i % 5))
                        .dateTime(
                                10,
                                Instant.ofEpochSecond(1_700_000_000L + i * 3_601L),
                                ZoneId.of("America/Tegucigalpa"));
                if (i % 3 == 0) {
                    sheet.link(
                            11, "open " + i, URI.create("https://example.org/centers/" + i), link);
                }
                if (i % 100 == 99) {
                    sheet.row()
                            .label(0, "Subtotal")
                            .formula(
                                    2,
                                    "SUM(C" + first + ":C" + (sheet.excelRow() - 1) + ")",
                                    i,
                                    SheetWriter.Kind.MONEY_TOTAL)
                            .formula(4, "E" + first + "/2", 0.25, SheetWriter.Kind.PERCENT);
                }
            }
            int last = sheet.excelRow();
            sheet.row()
                    .label(0, "Total")
                    .sum(1, first, last, 12_345, false)
                    .sum(2, last + 1, last, 0, true);
            sheet.finish(widths);
            workbook.write(out);
        }
        java.nio.file.Path file = java.nio.file.Files.createTempFile("straight-rows", ".xlsx");
        try {
            java.nio.file.Files.write(file, out.toByteArray());
            try (ZipFile zip = new ZipFile(file.toFile())) {
                return new String(
                        zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")).readAllBytes(),
                        StandardCharsets.UTF_8);
            }
        } finally {
            java.nio.file.Files.delete(file);
        }
    }

    /** Statuses of each fill, and one without. */
    private enum Status {
        RED,
        AMBER,
        GREEN,
        PLANNED
    }

    /** A text of any length up to a few lines, of any character a user may type or paste. */
    private static String text(Random random) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(8) == 0 ? random.nextInt(120) : random.nextInt(12);
        for (int i = 0; i < length; i++) {
            text.append(
                    random.nextInt(6) == 0
                            ? ' '
                            : CHARACTERS.charAt(random.nextInt(CHARACTERS.length())));
        }
        return text.toString();
    }
}
