package org.rehabtrack.iati;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rehabtrack.security.SessionAuthenticationMechanism;
import org.rehabtrack.system.TestCenters;
import org.rehabtrack.system.TestClock;
import org.rehabtrack.system.TestFunding;
import org.rehabtrack.system.TestSessions;
import org.rehabtrack.system.TestUsers;
import org.rehabtrack.system.TestWorks;
import org.w3c.dom.Node;

/**
 * {@code GET /api/iati/activities.xml}: a center's rehabilitation with its money as IATI
 * activities, valid against IATI's schema, its expenditure adding up to the center's spent to the
 * cent, for managers and, of their own grants only, donors; bad filters answered with a problem.
 */
@QuarkusTest
class IatiResourceTest {

    private static final String PATH = "/api/iati/activities.xml";

    /** A center with a grant's allocation, a contract, an approved change order and payments. */
    private record Funded(String center, String grant, long workPackage) {}

    @Inject TestClock clock;

    /** Registered, funded and contracted on 20 January 2026; paid in February and March. */
    private Funded funded(String donor) {
        clock.setToday(LocalDate.of(2026, 1, 20));
        String center;
        String grant;
        long workPackage;
        try {
            center = TestCenters.create();
            grant = TestFunding.grant("200000.00", "USD", donor);
            TestFunding.allocate(grant, center, "150000.00", "USD");
            workPackage = TestWorks.underWay(center, "PKG-IATI", List.of());
        } finally {
            clock.reset();
        }
        approveChangeOrder(workPackage, "2500.00", 5);
        // Of time only: it commits no money.
        approveChangeOrder(workPackage, "0.00", 15);
        TestWorks.pay(workPackage, "2026-02-01", "1000.10", grant);
        TestWorks.pay(workPackage, "2026-03-15", "2345.67", grant);
        return new Funded(center, grant, workPackage);
    }

    private static void approveChangeOrder(long workPackage, String amount, int days) {
        long order =
                given().contentType(ContentType.JSON)
                        .body(
                                Map.of(
                                        "amount",
                                        amount,
                                        "currency",
                                        "USD",
                                        "days",
                                        days,
                                        "reason",
                                        "Más cubierta"))
                        .post("/api/work-packages/{id}/change-orders", workPackage)
                        .then()
                        .statusCode(201)
                        .extract()
                        .jsonPath()
                        .getLong("id");
        given().contentType(ContentType.JSON)
                .body(Map.of("status", "APPROVED", "version", 0))
                .patch("/api/change-orders/{id}", order)
                .then()
                .statusCode(200);
    }

    private static IatiDocument export(RequestSpecification as, Map<String, ?> query) {
        byte[] body =
                as.queryParams(query)
                        .get(PATH)
                        .then()
                        .statusCode(200)
                        .contentType("application/xml")
                        .header(
                                "Content-Disposition",
                                org.hamcrest.Matchers.startsWith("attachment"))
                        .extract()
                        .asByteArray();
        IatiDocument document = new IatiDocument(body);
        assertEquals(List.of(), IatiSchema.errors(body), document.text());
        return document;
    }

    private static BigDecimal sum(IatiDocument document, Node activity, String type) {
        return document
                .values(activity, "transaction[transaction-type/@code='" + type + "']/value")
                .stream()
                .map(BigDecimal::new)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    void aCentersMoneyIsInItsActivityAndItsExpenditureIsItsSpentToTheCent() {
        Funded f = funded(TestFunding.donor());
        for (String date : List.of(LocalDate.now(clock).toString(), "2026-02-28")) {
            IatiDocument document =
                    export(given(), Map.of("center", f.center(), "statusDate", date));
            assertEquals(2, document.activities().size(), "the programme and the center");
            Node activity = document.activityOf(f.center());
            assertNotNull(activity, document.text());
            BigDecimal spent =
                    new BigDecimal(
                            given().queryParam("statusDate", date)
                                    .get("/api/centers/{code}/budget", f.center())
                                    .then()
                                    .statusCode(200)
                                    .extract()
                                    .jsonPath()
                                    .getString("spent.amount"));
            assertEquals(0, spent.compareTo(sum(document, activity, "4")), date);
            assertEquals(
                    List.of("USD"),
                    document
                            .values(
                                    activity,
                                    "transaction[transaction-type/@code='4']/value/@currency")
                            .stream()
                            .distinct()
                            .toList());
        }
        IatiDocument today = export(given(), Map.of("center", f.center()));
        Node activity = today.activityOf(f.center());
        assertEquals(0, new BigDecimal("3345.77").compareTo(sum(today, activity, "4")));
        assertEquals(0, new BigDecimal("150000.00").compareTo(sum(today, activity, "1")));
        assertEquals(
                0,
                new BigDecimal("97500.00").compareTo(sum(today, activity, "2")),
                "the contract and its approved change order");
        assertEquals(
                2,
                today.nodes(activity, "transaction[transaction-type/@code='2']").size(),
                "no commitment for a change order of time only");
        assertEquals(
                List.of("150000.00"),
                today.values(activity, "budget[@type='1']/value"),
                "one original budget for the year the allocation was made");
        assertTrue(
                today.value(
                                activity,
                                "transaction[transaction-type/@code='1']/provider-org/narrative")
                        .startsWith("Donante"),
                today.text());
    }

    @Test
    void aDonorGetsTheCentersItFundsWithItsOwnGrantsMoneyOnly() {
        TestUsers.Donor donor = TestUsers.donorFunding();
        Funded own = funded(donor.acronym());
        Funded other = funded(TestFunding.donor());
        // The other donor's grant also funds the donor's center: neither named nor counted.
        String shared = TestFunding.grant("90000.00", "USD");
        TestFunding.allocate(shared, own.center(), "40000.00", "USD");
        TestWorks.pay(own.workPackage(), "2026-03-20", "999.00", shared);

        IatiDocument document = export(TestUsers.api(donor.username()), Map.of());
        assertNotNull(document.activityOf(own.center()), document.text());
        assertNull(document.activityOf(other.center()), "a center the donor does not fund");
        Node activity = document.activityOf(own.center());
        assertEquals(0, new BigDecimal("3345.77").compareTo(sum(document, activity, "4")));
        assertEquals(0, new BigDecimal("150000.00").compareTo(sum(document, activity, "1")));
        assertEquals(
                List.of(own.grant()),
                document
                        .values(
                                activity,
                                "transaction[transaction-type/@code='1']/description/narrative[2]")
                        .stream()
                        .map(text -> text.substring(text.lastIndexOf(' ') + 1))
                        .toList());

        IatiDocument manager = export(given(), Map.of("center", own.center()));
        Node full = manager.activityOf(own.center());
        assertEquals(0, new BigDecimal("4344.77").compareTo(sum(manager, full, "4")));
        assertEquals(0, new BigDecimal("190000.00").compareTo(sum(manager, full, "1")));

        IatiDocument ofGrant = export(given(), Map.of("fundingSource", shared));
        assertEquals(2, ofGrant.activities().size(), "the programme and the one center it funds");
        Node funded = ofGrant.activityOf(own.center());
        assertEquals(0, new BigDecimal("999.00").compareTo(sum(ofGrant, funded, "4")));
        assertEquals(0, new BigDecimal("40000.00").compareTo(sum(ofGrant, funded, "1")));
    }

    private static void evaluate(String center, String kind, String date, Map<String, Object> m) {
        Map<String, Object> body = org.rehabtrack.system.TestEvaluations.body(kind, m);
        body.put("date", date);
        given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/centers/{code}/evaluations", center)
                .then()
                .statusCode(201);
    }

    /**
     * Each standards check is an indicator: initial as baseline, standard as target, handover as
     * actual.
     */
    @Test
    void theEvaluationsAreTheResultWithTheStandardsAsTargets() {
        String center = TestCenters.create();
        String yesterday = LocalDate.now(clock).minusDays(1).toString();
        evaluate(
                center,
                "INITIAL",
                "2026-03-01",
                Map.of(
                        "personsDesignCapacity",
                        100,
                        "coveredAreaM2",
                        "250",
                        "waterLitresPerDay",
                        "1000",
                        "toiletsFemale",
                        2,
                        "toiletsMale",
                        3,
                        "minCeilingHeightM",
                        "2.40"));
        evaluate(
                center,
                "HANDOVER",
                yesterday,
                Map.of(
                        "personsDesignCapacity",
                        100,
                        "coveredAreaM2",
                        "400",
                        "waterLitresPerDay",
                        "2000",
                        "toiletsFemale",
                        4,
                        "toiletsMale",
                        3,
                        "minCeilingHeightM",
                        "2.60"));
        IatiDocument document = export(given(), Map.of("center", center));
        Node activity = document.activityOf(center);
        List<Node> indicators = document.nodes(activity, "result/indicator");
        assertEquals(5, indicators.size(), document.text());
        Node water = indicators.get(1);
        assertEquals("1", document.value(water, "@ascending"));
        assertEquals("10.00", document.value(water, "baseline/@value"));
        assertEquals("2026-03-01", document.value(water, "period/period-start/@iso-date"));
        assertEquals(yesterday, document.value(water, "period/period-end/@iso-date"));
        assertEquals("20.00", document.value(water, "period/actual/@value"));
        assertNotNull(document.value(water, "period/target/@value"));
        Node toilets = indicators.get(2);
        assertEquals("0", document.value(toilets, "@ascending"));
        assertEquals("20.00", document.value(toilets, "baseline/@value"));
        assertEquals("14.29", document.value(toilets, "period/actual/@value"));

        IatiDocument before = export(given(), Map.of("center", center, "statusDate", "2026-06-30"));
        assertEquals(
                List.of(),
                before.nodes(before.activityOf(center), "result"),
                "the center was not registered then");
    }

    /** The workbooks in both languages, the agreement and the contract, at their addresses. */
    @Test
    void theCentersDocumentsAreLinkedWithIatisCategories() {
        String center = TestCenters.withRecords();
        IatiDocument document = export(given(), Map.of("center", center));
        Node activity = document.activityOf(center);
        List<String> categories = document.values(activity, "document-link/category/@code");
        assertEquals(
                List.of("A07", "A07", "A05", "A05", "A01", "A01", "A09", "A11"),
                categories,
                document.text());
        List<String> urls = document.values(activity, "document-link/@url");
        assertTrue(
                urls.get(2)
                        .matches(
                                "http://localhost:\\d+/api/reports/budget\\.xlsx\\?center="
                                        + center
                                        + "&statusDate=\\d{4}-\\d{2}-\\d{2}&lang=es"),
                urls.get(2));
        assertEquals(
                List.of("es", "en", "es", "en", "es", "en"),
                document.values(activity, "document-link/language/@code"));
        String session =
                TestSessions.signIn(
                        "manager", org.rehabtrack.system.SignedInAsManager.DEMO_PASSWORD);
        for (String url : urls) {
            String path = url.replaceFirst("http://localhost:\\d+", "");
            RequestSpecification as =
                    path.startsWith("/api/")
                            ? given()
                            : given().auth()
                                    .none()
                                    .cookie(SessionAuthenticationMechanism.COOKIE, session);
            as.urlEncodingEnabled(false).redirects().follow(false).get(path).then().statusCode(200);
        }
    }

    @Test
    void badFiltersAreRefusedWithAProblem() {
        for (Map<String, String> query :
                List.of(
                        Map.of("center", "NO-SUCH-CENTER"),
                        Map.of("fundingSource", "NO-SUCH-GRANT"),
                        Map.of("statusDate", "31/12/2026"))) {
            given().queryParams(query)
                    .get(PATH)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json");
        }
        TestUsers.api(TestUsers.create("ENGINEER", null)).get(PATH).then().statusCode(403);
    }
}
