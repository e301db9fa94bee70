package org.rehabtrack.fielddata;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.rehabtrack.system.TestCenters;
import org.rehabtrack.system.TestUsers;

/**
 * {@code GET /api/forms/evaluation.xlsx}: the site evaluation as an XLSForm that keeps the XLSForm
 * rules, offering the centers its user may see, for those who record evaluations.
 */
@QuarkusTest
class FormResourceTest {

    private static final String PATH = "/api/forms/evaluation.xlsx";

    @Test
    void anEngineerGetsAFormThatKeepsTheRulesWithTheCenterChosen() throws IOException {
        String center = TestCenters.create();
        String engineer = TestUsers.create("ENGINEER", null);
        Response answer = TestUsers.api(engineer).queryParam("center", center).get(PATH);
        answer.then()
                .statusCode(200)
                .contentType(FormResource.XLSX)
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"rehabtrack_evaluation.xlsx\"");
        byte[] form = answer.asByteArray();
        assertEquals(List.of(), XlsFormRules.check(form));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(form))) {
            List<String> centers = column(workbook.getSheet("choices"), "centers", 1);
            assertTrue(centers.contains(center), centers.toString());
            Row centerQuestion = workbook.getSheet("survey").getRow(1);
            assertEquals("center", text(centerQuestion, 1));
            assertEquals(center, text(centerQuestion, 13));
        }
    }

    @Test
    void withNoCenterChosenTheFormChoosesNone() throws IOException {
        byte[] form = given().get(PATH).then().statusCode(200).extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(form))) {
            assertEquals("", text(workbook.getSheet("survey").getRow(1), 13));
        }
    }

    @Test
    void anUnknownCenterIsAProblem() {
        given().queryParam("center", "NO-SUCH")
                .get(PATH)
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void donorsAndPartnersCannotHaveIt() {
        String center = TestCenters.create();
        TestUsers.api(TestUsers.donorFunding(center).username()).get(PATH).then().statusCode(403);
        TestUsers.api(TestUsers.partnerOf(center).username()).get(PATH).then().statusCode(403);
    }

    /** The values of a column of the rows of one list of the choices sheet. */
    private static List<String> column(Sheet choices, String list, int column) {
        List<String> values = new ArrayList<>();
        for (Row row : choices) {
            if (list.equals(text(row, 0))) {
                values.add(text(row, column));
            }
        }
        return values;
    }

    private static String text(Row row, int column) {
        return new DataFormatter().formatCellValue(row.getCell(column));
    }
}
