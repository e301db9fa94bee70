package org.rehabtrack.system;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Preliminary projects of test centers, written and approved through the API. */
public final class TestProjects {

    private TestProjects() {}

    /** The import layout's headers, as the exported bill of quantities writes them in English. */
    private static final String[] BOQ_HEADERS = {
        "Chapter code",
        "Chapter",
        "Item code",
        "Description",
        "Unit",
        "Quantity",
        "Unit price",
        "Currency",
        "Amount"
    };

    /**
     * A bill of quantities as an engineer types it in Excel: one row a line (chapter code, chapter,
     * item code, description, unit, quantity, unit price, currency), numbers as numbers.
     */
    public static byte[] boqWorkbook(Object[][] lines) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("BoQ");
            Row header = sheet.createRow(0);
            for (int c = 0; c < BOQ_HEADERS.length; c++) {
                header.createCell(c).setCellValue(BOQ_HEADERS[c]);
            }
            for (int r = 0; r < lines.length; r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < lines[r].length; c++) {
                    Object value = lines[r][c];
                    if (value instanceof Number number) {
                        row.createCell(c).setCellValue(number.doubleValue());
                    } else if (value != null) {
                        row.createCell(c).setCellValue((String) value);
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** A bill-of-quantities line in lempiras. */
    public static Map<String, Object> line(String code, String quantity, String price) {
        return Map.of(
                "itemCode",
                code,
                "description",
                "Item " + code,
                "unit",
                "m²",
                "quantity",
                quantity,
                "unitPrice",
                Map.of("amount", price, "currency", "HNL"));
    }

    /** A chapter of the bill of quantities. */
    public static Map<String, Object> chapter(
            String code, String title, List<Map<String, Object>> lines) {
        return Map.of("code", code, "title", title, "lines", lines);
    }

    /**
     * A roof project priced like a real one: preliminaries (01), demolition (02: 420 × 62.00) and
     * roofs (04: 420 × 1,185.75 + 96.5 × 412.30), 8 % contingency.
     */
    public static List<Map<String, Object>> roofChapters() {
        return List.of(
                chapter("01", "Preliminares", List.of(line("01.01", "1", "45000.00"))),
                chapter("02", "Demolición", List.of(line("02.01", "420", "62.00"))),
                chapter(
                        "04",
                        "Techos",
                        List.of(line("04.01", "420", "1185.75"), line("04.02", "96.5", "412.30"))));
    }

    /** Writes the center's first project version, a draft with these chapters. */
    public static void draft(String center, List<Map<String, Object>> chapters) {
        Map<String, Object> body = new HashMap<>();
        body.put("scope", "Rehabilitate the roof");
        body.put("termsOfReference", "ToR-TEST");
        body.put("contingencyPercent", "8");
        body.put("chapters", chapters);
        given().contentType(ContentType.JSON)
                .body(body)
                .put("/api/centers/{code}/preliminary-project", center)
                .then()
                .statusCode(201);
    }

    /** Writes the center's project with these chapters, submits it and has it approved today. */
    public static void approved(String center, List<Map<String, Object>> chapters) {
        draft(center, chapters);
        decide(center, Map.of("status", "SUBMITTED"));
        decide(
                center,
                Map.of(
                        "status",
                        "APPROVED",
                        "date",
                        LocalDate.now().toString(),
                        "institution",
                        TestPartners.institution(),
                        "person",
                        "Lic. Ana Paz"));
    }

    private static void decide(String center, Map<String, Object> decision) {
        Map<String, Object> body = new HashMap<>(decision);
        body.put(
                "version",
                given().get("/api/centers/{code}/preliminary-project", center)
                        .then()
                        .extract()
                        .jsonPath()
                        .getLong("version"));
        given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/centers/{code}/preliminary-project/decisions", center)
                .then()
                .statusCode(200);
    }
}
