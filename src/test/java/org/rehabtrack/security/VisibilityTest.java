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
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.rehabtrack.system.TestCenters;
import org.rehabtrack.system.TestFunding;
import org.rehabtrack.system.TestUsers;

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
        String omoa = TestCenters.create();
        String belen = TestCenters.create();
        String elsewhere = TestCenters.withRecords();
        TestUsers.Partner party = TestUsers.partnerOf(omoa, belen);
        String grant = TestUsers.donorFunding(omoa).grant();
        RequestSpecification partner = TestUsers.api(party.username());
        partner.get("/api/centers")
                .then()
                .statusCode(200)
                .body("code", hasItems(omoa, belen))
                .body("code", not(hasItem(elsewhere)));
        TestUsers.api(party.username())
                .get("/api/centers/{code}", elsewhere)
                .then()
                .statusCode(404);
        long finding =
                given().get("/api/centers/{code}/findings", elsewhere)
                        .then()
                        .extract()
                        .jsonPath()
                        .getLong("[0].id");
        TestUsers.api(party.username()).get("/api/findings/{id}", finding).then().statusCode(404);
        TestUsers.api(party.username())
                .get("/api/centers/{code}/agreements", omoa)
                .then()
                .statusCode(200);
        TestUsers.api(party.username())
                .get("/api/funding-sources")
                .then()
                .statusCode(200)
                .body("code", not(hasItem(grant)));
    }

    @Test
    void aDonorSeesTheTwoCentersItsGrantFunds() {
        String sps = TestCenters.create();
        String omoa = TestCenters.create();
        String belen = TestCenters.create();
        TestUsers.Donor donor = TestUsers.donorFunding(sps, omoa);
        TestUsers.api(donor.username())
                .get("/api/centers")
                .then()
                .body("code", hasItems(sps, omoa))
                .body("code", not(hasItem(belen)));
        assertTrue(TestCenters.listed(Map.of()).containsKey(belen));
    }
}
