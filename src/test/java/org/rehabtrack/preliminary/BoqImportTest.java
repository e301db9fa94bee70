package org.rehabtrack.preliminary;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.rehabtrack.system.TestCenters;
import org.rehabtrack.system.TestPartners;
import org.rehabtrack.system.TestProjects;

@QuarkusTest
class BoqImportTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String XLSX =
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /**
     * The lines of PreliminaryProjectResourceTest.content("1458.33"), as an engineer types them in
     * Excel.
     */
    private static final Object[][] LINES = {
        {"01", "Preliminares", "1.1", "Item 1.1", "m²", 1, 15000.00, "HNL"},
        {"04", "Techo", "4.1", "Item 4.1", "m²", 420, 1458.33, "HNL"},
        {"04", "Techo", "4.2", "Item 4.2", "m²", 0.335, 3.00, "HNL"},
    };

    static byte[] workbook(Object[][] lines) throws IOException {
        return TestProjects.boqWorkbook(lines);
    }

    private static io.restassured.response.ValidatableResponse upload(String code, byte[] file) {
        return given().multiPart("file", "presupuesto.xlsx", file, XLSX)
                .post("/api/centers/{code}/preliminary-project/boq", code)
                .then();
    }

    @Test
    void importedTotalsEqualTheSameLinesEnteredThroughTheApiToTheCent() throws IOException {
        String typed = TestCenters.create();
        Map<String, Object> content = PreliminaryProjectResourceTest.content("1458.33");
        content.put("contingencyPercent", "0");
        List<String> apiTotal =
                given().contentType(ContentType.JSON)
                        .body(content)
                        .put("/api/centers/{code}/preliminary-project", typed)
                        .then()
                        .statusCode(201)
                        .extract()
                        .jsonPath()
                        .getList("total.amount");

        String imported = TestCenters.create();
        List<String> importedTotal =
                upload(imported, workbook(LINES))
                        .statusCode(201)
                        .body("chapters.code", org.hamcrest.Matchers.contains("01", "04"))
                        .body("chapters[1].lines[1].amount.amount", equalTo("1.01"))
                        .extract()
                        .jsonPath()
                        .getList("total.amount");

        assertEquals(apiTotal, importedTotal);
        assertEquals(List.of("627499.61"), importedTotal);
    }

    @Test
    void refusesANegativeQuantityNamingRowAndColumnAndStoresNothing() throws IOException {
        String code = TestCenters.create();
        Object[][] lines = LINES.clone();
        lines[1] = new Object[] {"04", "Techo", "4.1", "Item 4.1", "m²", -420, 1458.33, "HNL"};

        upload(code, workbook(lines))
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("F3"))
                .body("errors[0].message", containsString("Row 3"))
                .body("errors[0].message", containsString("column F"))
                .body("errors[0].message", containsString("negative"));
        given().get("/api/centers/{code}/preliminary-project", code).then().statusCode(404);
    }

    @Test
    void reportsEveryBadCellAtOnceInTheCallersLanguage() throws IOException {
        String code = TestCenters.create();
        Object[][] lines = {
            {"01", "Preliminares", "1.1", "", "m²", "doce", 1.005, "HNL"},
            {"01", "Otro nombre", "1.2", "Item", "m²", 1, 1, "XYZ"},
        };
        given().header("Accept-Language", "es")
                .multiPart("file", "p.xlsx", workbook(lines), XLSX)
                .post("/api/centers/{code}/preliminary-project/boq", code)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("D2"))
                .body("errors.field", hasItem("F2"))
                .body("errors.field", hasItem("G2"))
                .body("errors.field", hasItem("H3"))
                .body(
                        "errors.find { it.field == 'F2' }.message",
                        containsString("debe ser un número"));
    }

    @Test
    void refusesAWorkbookWithOtherHeaders() throws IOException {
        String code = TestCenters.create();
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("x").createRow(0).createCell(0).setCellValue("Código");
            workbook.write(out);
            upload(code, out.toByteArray()).statusCode(400).body("errors[0].field", equalTo("A1"));
        }
    }

    @Test
    void refusesAFileThatIsNotAWorkbook() {
        String code = TestCenters.create();
        upload(code, "item,qty\n1,2\n".getBytes(StandardCharsets.UTF_8))
                .statusCode(415)
                .contentType(PROBLEM);
        upload(code, new byte[] {'P', 'K', 3, 4, 1, 2, 3}).statusCode(415).contentType(PROBLEM);
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void refusesAZipBombQuicklyAndStaysHealthy() throws IOException {
        String code = TestCenters.create();
        upload(code, zipBomb(workbook(LINES)))
                .statusCode(413)
                .contentType(PROBLEM)
                .body("type", equalTo("/problems/too-large"));
        given().get("/q/health/ready").then().statusCode(200);
        upload(code, workbook(LINES)).statusCode(201);
    }

    @Test
    void refusesAWorkbookOverTheRowLimit() throws IOException {
        String code = TestCenters.create();
        Object[][] lines = new Object[5001][];
        for (int i = 0; i < lines.length; i++) {
            lines[i] = new Object[] {"01", "Preliminares", "1." + i, "Item", "u", 1, 1, "HNL"};
        }
        upload(code, workbook(lines)).statusCode(413).contentType(PROBLEM);
        given().get("/api/centers/{code}/preliminary-project", code).then().statusCode(404);
    }

    @Test
    void refusesAWorkbookOverTheSizeLimit() {
        String code = TestCenters.create();
        byte[] big = new byte[5 * 1024 * 1024 + 1];
        big[0] = 'P';
        big[1] = 'K';
        upload(code, big).statusCode(413).contentType(PROBLEM);
    }

    @Test
    void exportsTheBillInTheImportLayoutAndReimportsToTheSameTotals() throws IOException {
        String code = TestCenters.create();
        String total =
                upload(code, workbook(LINES)).statusCode(201).extract().path("total[0].amount");

        byte[] exported =
                given().get("/api/centers/{code}/preliminary-project/boq", code)
                        .then()
                        .statusCode(200)
                        .contentType(XLSX)
                        .header("Content-Disposition", containsString("boq-" + code + "-v1.xlsx"))
                        .extract()
                        .asByteArray();
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(exported))) {
            XSSFSheet sheet = (XSSFSheet) workbook.getSheetAt(0);
            assertEquals("Quantity", sheet.getRow(0).getCell(5).getStringCellValue());
            assertNotNull(sheet.getPaneInformation());
            assertTrue(sheet.getCTWorksheet().isSetAutoFilter());
            assertEquals(CellType.FORMULA, sheet.getRow(2).getCell(8).getCellType());
            assertEquals("ROUND(F3*G3,2)", sheet.getRow(2).getCell(8).getCellFormula());
            assertEquals(612498.60, sheet.getRow(2).getCell(8).getNumericCellValue(), 0.001);
            assertEquals(CellType.NUMERIC, sheet.getRow(2).getCell(5).getCellType());
            // Digit codes are numbers shown as typed, so no spreadsheet flags them as numbers
            // stored as text.
            assertEquals(CellType.NUMERIC, sheet.getRow(1).getCell(0).getCellType());
            assertEquals(
                    "01",
                    new org.apache.poi.ss.usermodel.DataFormatter()
                            .formatCellValue(sheet.getRow(1).getCell(0)));
        }

        String again = TestCenters.create();
        upload(again, exported)
                .statusCode(201)
                .body("total[0].amount", equalTo(total))
                .body("chapters[0].code", equalTo("01"))
                .body("chapters[1].lines[1].itemCode", equalTo("4.2"));
    }

    @Test
    void servesTheEmptyTemplateInSpanishWhenThereIsNoProject() throws IOException {
        String code = TestCenters.create();
        byte[] template =
                given().queryParam("lang", "es")
                        .get("/api/centers/{code}/preliminary-project/boq", code)
                        .then()
                        .statusCode(200)
                        .extract()
                        .asByteArray();
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            assertEquals(
                    "Cantidad", workbook.getSheetAt(0).getRow(0).getCell(5).getStringCellValue());
            assertEquals(0, workbook.getSheetAt(0).getLastRowNum());
            assertEquals("Instrucciones", workbook.getSheetName(1));
        }
    }

    @Test
    void refusesAnImportIntoAnApprovedVersion() throws IOException {
        String code = TestCenters.create();
        PreliminaryProjectResourceTest.put(code, PreliminaryProjectResourceTest.content("10.00"))
                .statusCode(201);
        PreliminaryProjectResourceTest.approve(
                code, java.time.LocalDate.now().toString(), TestPartners.institution());
        upload(code, workbook(LINES)).statusCode(409).body("type", equalTo("/problems/frozen"));
    }

    /**
     * The workbook with its sheet padded by 200 MB of whitespace, which compresses about a
     * thousandfold.
     */
    private static byte[] zipBomb(byte[] xlsx) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] data = in.readAllBytes();
                zip.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(data, StandardCharsets.UTF_8);
                    int split = xml.lastIndexOf("</worksheet>");
                    zip.write(xml.substring(0, split).getBytes(StandardCharsets.UTF_8));
                    byte[] padding = new byte[1024 * 1024];
                    java.util.Arrays.fill(padding, (byte) ' ');
                    for (int i = 0; i < 200; i++) {
                        zip.write(padding);
                    }
                    zip.write(xml.substring(split).getBytes(StandardCharsets.UTF_8));
                } else {
                    zip.write(data);
                }
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
