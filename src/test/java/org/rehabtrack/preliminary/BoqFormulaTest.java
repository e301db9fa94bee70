package org.rehabtrack.preliminary;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.rehabtrack.system.TestCenters;

/**
 * Formulas in an imported bill of quantities count by their saved values, never by their text; text
 * that looks like a formula is exported as literal text and imports back unchanged.
 */
@QuarkusTest
class BoqFormulaTest {

    private static final String XLSX =
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final Object[][] LINES = {
        {"01", "Preliminares", "1.1", "placeholder", "m²", 1, 15000.00, "HNL"},
        {"04", "Techo", "4.1", "Item 4.1", "m²", 420, 1458.33, "HNL"},
    };

    private static ValidatableResponse upload(String code, byte[] file, String language) {
        return given().header("Accept-Language", language)
                .multiPart("file", "presupuesto.xlsx", file, XLSX)
                .post("/api/centers/{code}/preliminary-project/boq", code)
                .then();
    }

    /**
     * The lines with formulas in row 2: the description a text formula, the quantity a sum; their
     * values saved by POI's evaluator as a spreadsheet program does, or not saved at all.
     */
    private static byte[] withFormulas(boolean saveValues) throws IOException {
        try (XSSFWorkbook workbook =
                        new XSSFWorkbook(new ByteArrayInputStream(BoqImportTest.workbook(LINES)));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFRow row = workbook.getSheetAt(0).getRow(1);
            // New cells: a formula set on a cell with a value keeps that value as its saved result.
            row.removeCell(row.getCell(BoqColumn.DESCRIPTION.index()));
            row.removeCell(row.getCell(BoqColumn.QUANTITY.index()));
            row.createCell(BoqColumn.DESCRIPTION.index())
                    .setCellFormula("CONCATENATE(\"Item \",C2)");
            row.createCell(BoqColumn.QUANTITY.index()).setCellFormula("2*3");
            if (saveValues) {
                workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void importsTheSavedValueOfAFormulaNotItsText() throws IOException {
        String code = TestCenters.create();
        upload(code, withFormulas(true), "en")
                .statusCode(201)
                .body("chapters[0].lines[0].description", equalTo("Item 1.1"))
                .body("chapters[0].lines[0].amount.amount", equalTo("90000.00"));
    }

    @Test
    void refusesAFormulaWithNoSavedValueNamingItsCellInBothLanguages() throws IOException {
        String code = TestCenters.create();
        byte[] file = withFormulas(false);
        upload(code, file, "en")
                .statusCode(400)
                .body("errors", hasSize(2))
                .body("errors.find { it.field == 'D2' }.message", containsString("Row 2"))
                .body(
                        "errors.find { it.field == 'D2' }.message",
                        containsString("formula with no calculated value"))
                .body("errors.find { it.field == 'F2' }.message", containsString("formula"))
                .body(
                        "errors.message",
                        org.hamcrest.Matchers.everyItem(
                                org.hamcrest.Matchers.not(containsString("CONCATENATE"))));
        upload(code, file, "es")
                .statusCode(400)
                .body("errors.find { it.field == 'D2' }.message", containsString("Fila 2"))
                .body(
                        "errors.find { it.field == 'D2' }.message",
                        containsString("fórmula sin valor calculado"));
        given().get("/api/centers/{code}/preliminary-project", code).then().statusCode(404);
    }

    @Test
    void exportsFormulaLikeTextAsQuotedTextThatImportsBackUnchanged() throws IOException {
        String code = TestCenters.create();
        String hostile = "=HYPERLINK(\"x\")";
        Map<String, Object> content = PreliminaryProjectResourceTest.content("1458.33");
        content.put(
                "chapters",
                List.of(
                        Map.of(
                                "code",
                                "01",
                                "title",
                                "+Preliminares",
                                "lines",
                                List.of(
                                        Map.of(
                                                "itemCode",
                                                "1.1",
                                                "description",
                                                hostile,
                                                "unit",
                                                "@m²",
                                                "quantity",
                                                "2",
                                                "unitPrice",
                                                Map.of("amount", "10.00", "currency", "HNL"))))));
        given().contentType(ContentType.JSON)
                .body(content)
                .put("/api/centers/{code}/preliminary-project", code)
                .then()
                .statusCode(201);

        byte[] exported =
                given().get("/api/centers/{code}/preliminary-project/boq", code)
                        .then()
                        .statusCode(200)
                        .extract()
                        .asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(exported))) {
            XSSFRow row = workbook.getSheetAt(0).getRow(1);
            XSSFCell description = row.getCell(BoqColumn.DESCRIPTION.index());
            assertEquals(CellType.STRING, description.getCellType());
            assertEquals(hostile, description.getStringCellValue());
            assertTrue(
                    description.getCellStyle().getQuotePrefixed(),
                    "quote-prefixed, as the reports write it");
            assertTrue(
                    row.getCell(BoqColumn.CHAPTER_TITLE.index()).getCellStyle().getQuotePrefixed());
            assertTrue(row.getCell(BoqColumn.UNIT.index()).getCellStyle().getQuotePrefixed());
            // Ordinary text carries no quote prefix.
            assertEquals(
                    false,
                    row.getCell(BoqColumn.CURRENCY.index()).getCellStyle().getQuotePrefixed());
        }

        String again = TestCenters.create();
        upload(again, exported, "en")
                .statusCode(201)
                .body("chapters[0].title", equalTo("+Preliminares"))
                .body("chapters[0].lines[0].description", equalTo(hostile))
                .body("chapters[0].lines[0].unit", equalTo("@m²"));
    }
}
