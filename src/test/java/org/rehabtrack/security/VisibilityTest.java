package org.rehabtrack.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.rehabtrack.system.SignedInAsManager;
import org.rehabtrack.system.TestCenters;
import org.rehabtrack.system.TestFunding;

@QuarkusTest
class VisibilityTest {

    private static final String PASSWORD = SignInTest.PASSWORD;

    private static RequestSpecification as(String username, String password) {
        return given().auth().preemptive().basic(username, password);
    }

    private static boolean mentions(byte[] workbook, String text) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            for (Sheet sheet : book) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.toString().contains(text)) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    @Test
    void aDonorSeesOnlyTheCentersItsGrantsFundAndNoneOfTheOthersInAnyReport() throws IOException {
        String donorOrg = TestFunding.donor();
        String funded = TestCenters.create();
        String other = TestCenters.create();
        String grantA = TestFunding.grant("1000.00", "USD", donorOrg);
        String grantB = TestFunding.grant("1000.00", "USD");
        TestFunding.allocate(grantA, funded, "500.00", "USD");
        TestFunding.allocate(grantB, other, "500.00", "USD");
        String donor = SignInTest.createUser("DONOR", donorOrg).getKey();
        RequestSpecification asDonor = as(donor, PASSWORD);

        as(donor, PASSWORD).get("/api/centers/{code}", funded).then().statusCode(200);
        String unknown =
                as(donor, PASSWORD)
                        .get("/api/centers/{code}", "NO-SUCH-CENTER")
                        .then()
                        .statusCode(404)
                        .extract()
                        .jsonPath()
                        .getString("type");
        as(donor, PASSWORD)
                .get("/api/centers/{code}", other)
                .then()
                .statusCode(404)
                .body("type", equalTo(unknown));
        long milestone =
                given().get("/api/centers/{code}/milestones", other)
                        .then()
                        .extract()
                        .jsonPath()
                        .getLong("[0].id");
        as(donor, PASSWORD).get("/api/milestones/{id}", milestone).then().statusCode(404);
        as(donor, PASSWORD).get("/api/centers/{code}/budget", other).then().statusCode(404);
        as(donor, PASSWORD)
                .get("/api/centers")
                .then()
                .statusCode(200)
                .body("code", contains(funded));
        as(donor, PASSWORD).get("/api/funding-sources").then().body("code", contains(grantA));
        as(donor, PASSWORD).get("/api/funding-sources/{code}", grantB).then().statusCode(404);
        as(donor, PASSWORD).get("/api/budget").then().body("centers.center", contains(funded));

        for (String report : new String[] {"budget", "progress", "findings"}) {
            byte[] workbook =
                    asDonor.get("/api/reports/" + report + ".xlsx")
                            .then()
                            .statusCode(200)
                            .extract()
                            .asByteArray();
            assertTrue(mentions(workbook, funded), report);
            assertFalse(
                    mentions(workbook, other),
                    report + " mentions a center the donor does not fund");
            as(donor, PASSWORD)
                    .queryParam("center", other)
                    .get("/api/reports/" + report + ".xlsx")
                    .then()
                    .statusCode(400);
        }
    }

    @Test
    void aPartnerSeesTheCentersWhereItIsPartyToAnAgreement() {
        // The sample's DINAF is party to the agreements of CAMR-OMOA and CANFM-BELEN, not of
        // CAMR-SPS.
        RequestSpecification partner = as("partner", SignedInAsManager.DEMO_PASSWORD);
        partner.get("/api/centers")
                .then()
                .statusCode(200)
                .body("code", hasItems("CAMR-OMOA", "CANFM-BELEN"))
                .body("code", not(hasItem("CAMR-SPS")));
        as("partner", SignedInAsManager.DEMO_PASSWORD)
                .get("/api/centers/CAMR-SPS")
                .then()
                .statusCode(404);
        long finding =
                given().get("/api/centers/CAMR-SPS/findings")
                        .then()
                        .extract()
                        .jsonPath()
                        .getLong("[0].id");
        as("partner", SignedInAsManager.DEMO_PASSWORD)
                .get("/api/findings/{id}", finding)
                .then()
                .statusCode(404);
        as("partner", SignedInAsManager.DEMO_PASSWORD)
                .get("/api/centers/CAMR-OMOA/agreements")
                .then()
                .statusCode(200);
        as("partner", SignedInAsManager.DEMO_PASSWORD)
                .get("/api/funding-sources")
                .then()
                .statusCode(200)
                .body("code", not(hasItem("COSUDE-2026-HN")));
    }

    @Test
    void theDemoDonorSeesTheTwoCentersCosudeFunds() {
        as("donor", SignedInAsManager.DEMO_PASSWORD)
                .get("/api/centers")
                .then()
                .body("code", hasItems("CAMR-SPS", "CAMR-OMOA"))
                .body("code", not(hasItem("CANFM-BELEN")));
        given().get("/api/centers").then().body("code", hasItem("CANFM-BELEN"));
    }
}
