package org.rehabtrack.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFScatterChartData;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.rehabtrack.system.TestPortfolio;
import org.rehabtrack.system.TestSessions;

/**
 * Every workbook laid out to be read and printed (issue 21): file names, wrapped headers as tall as
 * their text, numbers that fit their columns, status fills, the S-curve's date axis, the default
 * cell style, document properties, and the printed page.
 */
@QuarkusTest
class ReportLayoutTest {

    /** The portfolio story these tests read, told once for the class. */
    private static TestPortfolio.Portfolio story;

    private static TestPortfolio.Portfolio story() {
        if (story == null) {
            story = TestPortfolio.build();
        }
        return story;
    }

    private static final String DISPOSITION = "Content-Disposition";
    private static final float LINE = 15f;

    /** The four workbooks, each with the parameters that select one center's or a wider report. */
    private static List<String> workbooks() {
        return List.of(
                "/api/reports/progress.xlsx",
                "/api/reports/budget.xlsx",
                "/api/reports/findings.xlsx",
                "/api/centers/" + story().works() + "/history.xlsx");
    }

    private static Response get(String path, Map<String, ?> params, List<String> centers) {
        RequestSpecification request = given().queryParams(params);
        for (String center : centers) {
            request = request.queryParam("center", center);
        }
        return request.get(path).then().statusCode(200).extract().response();
    }

    private static XSSFWorkbook workbook(Response response) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(response.asByteArray()));
    }

    private static XSSFWorkbook progress(String lang) throws IOException {
        return workbook(
                get(
                        "/api/reports/progress.xlsx",
                        Map.of("lang", lang, "statusDate", "2026-11-28"),
                        List.of(story().works(), story().project())));
    }

    /** The row of a sheet's header: the one above the frozen pane. */
    private static int headerRow(XSSFSheet sheet) {
        assertNotNull(sheet.getPaneInformation(), sheet.getSheetName() + " has a frozen header");
        return sheet.getPaneInformation().getHorizontalSplitPosition() - 1;
    }

    private static double widthInCharacters(XSSFSheet sheet, int column) {
        return sheet.getColumnWidth(column) / 256.0;
    }

    @Test
    void fileNamesSayTheReportItsScopeLanguageAndCutOffDate() {
        assertEquals(
                "attachment; filename=\"progress_" + story().works() + "_es_2026-11-28.xlsx\"",
                get(
                                "/api/reports/progress.xlsx",
                                Map.of("lang", "es", "statusDate", "2026-11-28"),
                                List.of(story().works()))
                        .header(DISPOSITION));
        // Several centers: the fixed word for the whole selection.
        assertEquals(
                "attachment; filename=\"budget_portfolio_en_2026-11-28.xlsx\"",
                get(
                                "/api/reports/budget.xlsx",
                                Map.of("lang", "en", "statusDate", "2026-11-28"),
                                List.of(story().works(), story().project()))
                        .header(DISPOSITION));
        // A funding source that funds several of the centers: its code.
        assertEquals(
                "attachment; filename=\"budget_" + story().grantA() + "_es_2026-09-30.xlsx\"",
                get(
                                "/api/reports/budget.xlsx",
                                Map.of(
                                        "lang",
                                        "es",
                                        "fundingSource",
                                        story().grantA(),
                                        "from",
                                        "2026-07-01",
                                        "to",
                                        "2026-09-30"),
                                List.of())
                        .header(DISPOSITION));
        // The findings workbook takes a cut-off date too.
        assertEquals(
                "attachment; filename=\"findings_portfolio_en_2026-11-27.xlsx\"",
                get(
                                "/api/reports/findings.xlsx",
                                Map.of("lang", "en", "statusDate", "2026-11-27"),
                                List.of())
                        .header(DISPOSITION));
        assertEquals(
                "attachment; filename=\"history_" + story().works() + "_es_2026-11-28.xlsx\"",
                get(
                                "/api/centers/" + story().works() + "/history.xlsx",
                                Map.of("lang", "es", "statusDate", "2026-11-28"),
                                List.of())
                        .header(DISPOSITION));
    }

    @Test
    void everyWorkbookRefusesAPeriodThatEndsBeforeItStarts() {
        for (String path : workbooks()) {
            given().queryParam("from", "2026-11-28")
                    .queryParam("to", "2026-11-01")
                    .get(path)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo("to"));
            given().queryParam("statusDate", "2026-13-01")
                    .get(path)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo("statusDate"));
        }
    }

    @Test
    void wrappedHeadersAndTitleLinesAreAsTallAsTheirText() throws IOException {
        // The history of a center is several hundred rows: its header leaves memory before the
        // widths are final, and is fitted then.
        try (XSSFWorkbook history =
                workbook(
                        get(
                                "/api/centers/" + story().works() + "/history.xlsx",
                                Map.of("lang", "es"),
                                List.of()))) {
            assertTrue(
                    history.getSheetAt(0).getLastRowNum() > ReportWorkbook.WINDOW,
                    "a sheet longer than the window");
            tallEnough(history);
        }
        try (XSSFWorkbook workbook = progress("es")) {
            assertTrue(tallEnough(workbook), "some header label needs more than one line");
            // The status rule is longer than a line of the summary's table, and its row shows both
            // lines.
            XSSFSheet summary = workbook.getSheetAt(0);
            boolean tall = false;
            for (int r = 1; r < headerRow(summary) - 1; r++) {
                tall |= summary.getRow(r).getHeightInPoints() >= 2 * LINE;
            }
            assertTrue(tall, "a title line of two lines is two lines tall");
        }
    }

    /**
     * Checks the heights of every sheet's header and title lines; whether a header label needs
     * several lines.
     */
    private static boolean tallEnough(XSSFWorkbook workbook) {
        boolean wrapped = false;
        for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
            XSSFSheet sheet = workbook.getSheetAt(s);
            int header = headerRow(sheet);
            Row row = sheet.getRow(header);
            int least = 1;
            int most = 1;
            double table = 0;
            for (Cell cell : row) {
                String label = cell.getStringCellValue();
                double width = widthInCharacters(sheet, cell.getColumnIndex());
                table += width;
                // A text of n characters needs at least n / w lines of w characters; and no more
                // than a line per word plus a line per w characters of a word longer than that.
                least = Math.max(least, (int) Math.ceil(label.length() / width));
                int words = 0;
                for (String word : label.split(" ")) {
                    words += 1 + (int) (word.length() / width);
                }
                most = Math.max(most, words);
            }
            wrapped |= least > 1;
            assertTrue(
                    row.getHeightInPoints() >= least * LINE,
                    sheet.getSheetName()
                            + ": header "
                            + row.getHeightInPoints()
                            + " pt for "
                            + least
                            + " lines");
            assertTrue(
                    row.getHeightInPoints() <= most * LINE + 2,
                    sheet.getSheetName()
                            + ": header "
                            + row.getHeightInPoints()
                            + " pt, at most "
                            + most
                            + " lines");
            assertTrue(row.getCell(0).getCellStyle().getWrapText());
            // The title block's lines (under the title, above the blank line) wrap across the
            // table.
            for (int r = 1; r < header - 1; r++) {
                Row line = sheet.getRow(r);
                String text = line.getCell(0).getStringCellValue();
                assertTrue(line.getCell(0).getCellStyle().getWrapText());
                assertTrue(
                        line.getHeightInPoints() >= Math.ceil(text.length() / table) * LINE,
                        sheet.getSheetName()
                                + ": title line "
                                + r
                                + " is "
                                + line.getHeightInPoints()
                                + " pt");
                assertTrue(
                        merged(sheet, r, row.getLastCellNum() - 1),
                        sheet.getSheetName() + ": title line " + r + " spans the table");
            }
        }
        return wrapped;
    }

    private static boolean merged(XSSFSheet sheet, int row, int lastColumn) {
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            if (region.getFirstRow() == row
                    && region.getLastRow() == row
                    && region.getFirstColumn() == 0
                    && region.getLastColumn() == lastColumn) {
                return true;
            }
        }
        return false;
    }

    @Test
    void numbersAndDatesFitTheirColumns() throws IOException {
        DataFormatter formatter = new DataFormatter(java.util.Locale.US);
        for (String path : workbooks()) {
            try (XSSFWorkbook workbook = workbook(get(path, Map.of("lang", "en"), List.of()))) {
                int numbers = 0;
                for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
                    XSSFSheet sheet = workbook.getSheetAt(s);
                    for (Row row : sheet) {
                        for (Cell cell : row) {
                            CellType type =
                                    cell.getCellType() == CellType.FORMULA
                                            ? cell.getCachedFormulaResultType()
                                            : cell.getCellType();
                            if (type != CellType.NUMERIC
                                    || sheet.isColumnHidden(cell.getColumnIndex())) {
                                continue;
                            }
                            String shown =
                                    formatter.formatRawCellContents(
                                            cell.getNumericCellValue(),
                                            cell.getCellStyle().getDataFormat(),
                                            cell.getCellStyle().getDataFormatString());
                            numbers++;
                            assertTrue(
                                    shown.length() + 1
                                            <= widthInCharacters(sheet, cell.getColumnIndex()),
                                    path
                                            + " "
                                            + sheet.getSheetName()
                                            + "!"
                                            + cell.getAddress()
                                            + " shows \""
                                            + shown
                                            + "\" in "
                                            + widthInCharacters(sheet, cell.getColumnIndex())
                                            + " characters");
                        }
                    }
                }
                assertTrue(numbers > 0, path + " has numbers to check");
            }
        }
    }

    @Test
    void statusCellsCarryRedAmberGreenFillsWithTheWord() throws IOException {
        Map<String, String> fills =
                Map.of(
                        "RED",
                        "FFC7CE",
                        "AMBER",
                        "FFEB9C",
                        "GREEN",
                        "C6EFCE",
                        "Late",
                        "FFC7CE",
                        "At risk",
                        "FFEB9C",
                        "On track",
                        "C6EFCE",
                        "Completed",
                        "C6EFCE");
        try (XSSFWorkbook workbook = progress("en")) {
            Set<String> seen = new HashSet<>();
            XSSFSheet summary = workbook.getSheet("Summary");
            for (int r = headerRow(summary) + 1; r <= summary.getLastRowNum(); r++) {
                Cell rag = summary.getRow(r).getCell(ProgressColumns.Summary.RAG.index());
                String word = rag.getStringCellValue();
                assertTrue(fills.containsKey(word), word);
                assertFill(fills.get(word), rag);
                seen.add(word);
            }
            XSSFSheet milestones = workbook.getSheet("Milestones");
            assertEquals(
                    "Status",
                    milestones
                            .getRow(headerRow(milestones))
                            .getCell(ProgressColumns.Milestones.STATUS.index())
                            .getStringCellValue());
            for (int r = headerRow(milestones) + 1; r <= milestones.getLastRowNum(); r++) {
                Cell status =
                        milestones.getRow(r).getCell(ProgressColumns.Milestones.STATUS.index());
                String word = status.getStringCellValue();
                if (fills.containsKey(word)) {
                    assertFill(fills.get(word), status);
                    assertTrue(
                            ((XSSFCellStyle) status.getCellStyle()).getFont().getBold(),
                            word + " in bold");
                } else {
                    assertEquals(
                            FillPatternType.NO_FILL,
                            status.getCellStyle().getFillPattern(),
                            word + " has no fill");
                }
                seen.add(word);
            }
            assertTrue(
                    seen.contains("Late") && seen.contains("Completed"),
                    "red and green both checked: " + seen);
        }
    }

    private static void assertFill(String rgb, Cell cell) {
        XSSFCellStyle style = (XSSFCellStyle) cell.getCellStyle();
        assertEquals(
                FillPatternType.SOLID_FOREGROUND,
                style.getFillPattern(),
                cell.getStringCellValue());
        XSSFColor colour = style.getFillForegroundXSSFColor();
        assertEquals(
                rgb,
                String.format(
                        "%02X%02X%02X", colour.getRGB()[0], colour.getRGB()[1], colour.getRGB()[2]),
                cell.getStringCellValue() + " at " + cell.getAddress());
    }

    @Test
    void theSCurveIsDrawnOnADateAxisLabelledByMonth() throws IOException {
        for (String lang : List.of("en", "es")) {
            try (XSSFWorkbook workbook = progress(lang)) {
                XSSFSheet curve = workbook.getSheetAt(4);
                XSSFChart chart = curve.getDrawingPatriarch().getCharts().get(0);
                XDDFChartData data = chart.getChartSeries().get(0);
                assertTrue(
                        data instanceof XDDFScatterChartData,
                        "points placed by their value, not their order");
                XDDFDataSource<?> x = data.getSeries(0).getCategoryData();
                assertTrue(x.isNumeric());
                assertTrue(
                        x.getDataRangeReference().contains("!$A$"),
                        "the dates of the sheet's first column");
                int first = headerRow(curve) + 1;
                for (int i = 0; i < x.getPointCount(); i++) {
                    LocalDate date =
                            curve.getRow(first + i)
                                    .getCell(ProgressColumns.Curve.DATE.index())
                                    .getLocalDateTimeCellValue()
                                    .toLocalDate();
                    assertEquals(
                            DateUtil.getExcelDate(date),
                            Double.parseDouble(x.getPointAt(i).toString()),
                            1e-9,
                            "point " + i + " at its date's day number");
                }
                var axis = chart.getCTChart().getPlotArea().getValAxArray(0);
                assertEquals(
                        ("en".equals(lang) ? "[$-409]" : "[$-C0A]") + "mmm yyyy",
                        axis.getNumFmt().getFormatCode());
                assertFalse(axis.getNumFmt().getSourceLinked());
                double unit = axis.getMajorUnit().getVal();
                assertEquals(
                        0, unit % 30.4375, 1e-9, "labels every whole number of average months");
                // Each label falls inside the month it names: from the 16th, at most two days'
                // drift.
                double label = axis.getScaling().getMin().getVal();
                while (label <= axis.getScaling().getMax().getVal()) {
                    int day = DateUtil.getLocalDateTime(label).getDayOfMonth();
                    assertTrue(day >= 13 && day <= 19, "a month label on day " + day);
                    label += unit;
                }
            }
        }
    }

    @Test
    void everySheetPrintsOnA4LandscapeFitToWidthWithItsHeaderOnEveryPageAndAFooter()
            throws IOException {
        for (String lang : List.of("en", "es")) {
            for (String path : workbooks()) {
                try (XSSFWorkbook workbook =
                        workbook(
                                get(
                                        path,
                                        Map.of("lang", lang, "statusDate", "2026-11-28"),
                                        List.of()))) {
                    for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
                        XSSFSheet sheet = workbook.getSheetAt(s);
                        String where = lang + " " + path + " " + sheet.getSheetName();
                        PrintSetup setup = sheet.getPrintSetup();
                        assertTrue(setup.getLandscape(), where);
                        assertEquals(PrintSetup.A4_PAPERSIZE, setup.getPaperSize(), where);
                        assertTrue(sheet.getFitToPage(), where);
                        assertEquals(1, setup.getFitWidth(), where);
                        assertEquals(
                                0,
                                setup.getFitHeight(),
                                where + ": as many pages high as it takes");
                        assertTrue(
                                sheet.getMargin(org.apache.poi.ss.usermodel.PageMargin.LEFT) <= 0.5,
                                where);
                        int header = headerRow(sheet);
                        assertEquals(
                                new CellRangeAddress(header, header, -1, -1),
                                sheet.getRepeatingRows(),
                                where);
                        assertEquals(
                                "en".equals(lang) ? "Page &P of &N" : "Página &P de &N",
                                sheet.getFooter().getCenter(),
                                where);
                        assertEquals(
                                "en".equals(lang) ? "Cut-off: 2026-11-28" : "Corte: 2026-11-28",
                                sheet.getFooter().getRight(),
                                where);
                        // The print area is the table from A1: the title block's lines wrap within
                        // it
                        // rather than spilling to the right and shrinking the page.
                        String area = workbook.getPrintArea(s);
                        assertNotNull(area, where);
                        AreaReference printed =
                                new AreaReference(
                                        area.substring(area.indexOf('!') + 1),
                                        org.apache.poi.ss.SpreadsheetVersion.EXCEL2007);
                        assertEquals(0, printed.getFirstCell().getRow(), where);
                        assertEquals(0, printed.getFirstCell().getCol(), where);
                        assertTrue(
                                printed.getLastCell().getCol()
                                        >= sheet.getRow(header).getLastCellNum() - 1,
                                where);
                        assertTrue(printed.getLastCell().getRow() >= sheet.getLastRowNum(), where);
                        if (sheet.getDrawingPatriarch() != null) {
                            for (var shape : sheet.getDrawingPatriarch().getShapes()) {
                                var anchor =
                                        (org.apache.poi.xssf.usermodel.XSSFClientAnchor)
                                                shape.getAnchor();
                                assertTrue(
                                        printed.getLastCell().getCol() >= anchor.getCol2(),
                                        where + ": chart");
                                assertTrue(
                                        printed.getLastCell().getRow() >= anchor.getRow2(),
                                        where + ": chart");
                            }
                        }
                    }
                }
            }
        }
    }

    @Test
    void workbooksHaveANormalDefaultStyleAndDocumentProperties() throws IOException {
        Response response =
                get(
                        "/api/reports/findings.xlsx",
                        Map.of("lang", "es", "statusDate", "2026-11-28"),
                        List.of(story().works()));
        String styles;
        try (XSSFWorkbook workbook = workbook(response);
                var in =
                        workbook.getPackage()
                                .getPart(
                                        org.apache.poi.openxml4j.opc.PackagingURIHelper
                                                .createPartName("/xl/styles.xml"))
                                .getInputStream()) {
            styles = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new AssertionError(e);
        }
        Matcher named =
                Pattern.compile("<cellStyles count=\"1\"><cellStyle ([^>]*)/></cellStyles>")
                        .matcher(styles);
        assertTrue(named.find(), "a named cell style");
        assertTrue(
                named.group(1).contains("name=\"Normal\"")
                        && named.group(1).contains("xfId=\"0\"")
                        && named.group(1).contains("builtinId=\"0\""),
                named.group(1));
        assertTrue(
                styles.indexOf("<cellXfs") < styles.indexOf("<cellStyles"),
                "in the schema's order");
        try (XSSFWorkbook workbook = workbook(response)) {
            var core = workbook.getProperties().getCoreProperties();
            assertEquals("Hallazgos de las evaluaciones", core.getTitle());
            assertTrue(core.getSubject().startsWith("RehabTrack — "), core.getSubject());
            assertEquals("RehabTrack", core.getCreator());
            // Made when the title block says the report was generated.
            String generated =
                    java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                            .withZone(java.time.ZoneId.of("America/Tegucigalpa"))
                            .format(core.getCreated().toInstant());
            boolean said = false;
            for (Row row : workbook.getSheetAt(0)) {
                Cell cell = row.getCell(0);
                said |=
                        cell != null
                                && cell.getCellType() == CellType.STRING
                                && cell.getStringCellValue().startsWith("Generado el " + generated);
            }
            assertTrue(said, "created " + generated);
            assertEquals("es", core.getUnderlyingProperties().getLanguageProperty().orElse(null));
            assertEquals("Corte: 2026-11-28", core.getKeywords());
        }
    }

    @Test
    void theReportsPageOffersTheCutOffDateForEveryReportAndAPeriodForTheBudget() {
        Map<String, String[]> labels =
                Map.of(
                        "en",
                        new String[] {"Cut-off date", "Period (budget workbook only)"},
                        "es",
                        new String[] {"Fecha de corte", "Periodo (solo el libro de presupuesto)"});
        for (var language : labels.entrySet()) {
            String html =
                    TestSessions.page("manager")
                            .header("Accept-Language", language.getKey())
                            .get("/reports")
                            .then()
                            .statusCode(200)
                            .extract()
                            .asString();
            assertTrue(html.contains("<label for=\"statusDate\">" + language.getValue()[0]), html);
            assertTrue(html.contains("<input id=\"statusDate\" name=\"statusDate\" type=\"date\""));
            assertTrue(html.contains("<legend>" + language.getValue()[1] + "</legend>"));
        }
        // The progress workbook has no period: a "to" would only move its cut-off date, so it is
        // not sent.
        String progress =
                TestSessions.page("manager")
                        .redirects()
                        .follow(false)
                        .queryParam("report", "progress")
                        .queryParam("statusDate", "2026-11-28")
                        .queryParam("from", "2026-01-01")
                        .queryParam("to", "2026-06-30")
                        .get("/reports/download")
                        .then()
                        .statusCode(303)
                        .extract()
                        .header("Location");
        assertTrue(
                progress.contains("/api/reports/progress.xlsx?")
                        && progress.contains("statusDate=2026-11-28"),
                progress);
        assertFalse(progress.contains("from=") || progress.contains("to="), progress);
        String budget =
                TestSessions.page("manager")
                        .redirects()
                        .follow(false)
                        .queryParam("report", "budget")
                        .queryParam("statusDate", "2026-11-28")
                        .queryParam("from", "2026-01-01")
                        .queryParam("to", "2026-06-30")
                        .get("/reports/download")
                        .then()
                        .statusCode(303)
                        .extract()
                        .header("Location");
        assertTrue(
                budget.contains("from=2026-01-01")
                        && budget.contains("to=2026-06-30")
                        && budget.contains("statusDate=2026-11-28"),
                budget);
    }

    @Test
    void countsTheLinesOfWrappedTextAsExcelBreaksThem() {
        assertEquals(1, SheetWriter.lines("Open high findings", 20, 1.0));
        assertEquals(2, SheetWriter.lines("Open high findings", 12, 1.0));
        assertEquals(3, SheetWriter.lines("Hallazgos críticos abiertos", 10, 1.0));
        // A word longer than the line is broken.
        assertEquals(3, SheetWriter.lines("abcdefghijklmnopqrstu", 8, 1.0));
        assertEquals(2, SheetWriter.lines("one\ntwo", 40, 1.0));
        assertArrayEquals(
                new int[] {1, 6, 9, 10},
                new int[] {
                    SheetWriter.grouped(0),
                    SheetWriter.grouped(-1234),
                    SheetWriter.grouped(999999.996),
                    SheetWriter.grouped(-1000000)
                });
    }

    @Test
    void aTextLongerThanItsColumnWrapsAndItsRowIsTallEnoughForIt() throws IOException {
        try (XSSFWorkbook workbook =
                workbook(
                        get(
                                "/api/reports/findings.xlsx",
                                Map.of("lang", "en"),
                                List.of(story().works())))) {
            XSSFSheet findings = workbook.getSheetAt(0);
            int header = headerRow(findings);
            int wrapped = 0;
            for (int r = header + 1; r <= findings.getLastRowNum(); r++) {
                org.apache.poi.ss.usermodel.Row row = findings.getRow(r);
                Cell description =
                        row == null
                                ? null
                                : row.getCell(FindingsColumns.Findings.DESCRIPTION.index());
                if (description == null
                        || description.getCellType()
                                != org.apache.poi.ss.usermodel.CellType.STRING) {
                    continue;
                }
                String text = description.getStringCellValue();
                double width =
                        widthInCharacters(findings, FindingsColumns.Findings.DESCRIPTION.index());
                if (text.length() > width) {
                    wrapped++;
                    assertTrue(description.getCellStyle().getWrapText(), text);
                    double lines = Math.ceil(text.length() / width);
                    assertTrue(
                            row.getHeightInPoints() >= lines * LINE,
                            text + ": " + row.getHeightInPoints() + " pt");
                } else if (text.length() < width / 2
                        && row.getCell(FindingsColumns.Findings.RECOMMENDATION.index()) != null
                        && row.getCell(FindingsColumns.Findings.RECOMMENDATION.index())
                                        .getStringCellValue()
                                        .length()
                                < widthInCharacters(
                                                findings,
                                                FindingsColumns.Findings.RECOMMENDATION.index())
                                        / 2
                        && row.getCell(FindingsColumns.Findings.TITLE.index())
                                        .getStringCellValue()
                                        .length()
                                < widthInCharacters(
                                                findings, FindingsColumns.Findings.TITLE.index())
                                        / 2) {
                    assertTrue(
                            row.getHeightInPoints() < 2 * LINE,
                            "a short row stays one line: " + text);
                }
            }
            assertTrue(wrapped > 0, "the story has descriptions longer than their column");
        }
    }
}
