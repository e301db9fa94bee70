package org.rehabtrack.system;

import static io.restassured.RestAssured.given;

import io.quarkus.arc.Arc;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A portfolio of the test's own that tells, through the API and day by day on the test clock, a
 * story like the sample's (three centers over 2025-10 to 2026-11), so that the report tests have
 * the history they check without reading the sample data: each record is recorded on the day it
 * happens, so a workbook for any date of the story shows what the story says then.
 *
 * <ul>
 *   <li>{@link Portfolio#works()}, in works since 2026-06-15 (before, in preliminary project since
 *       2026-01-20): five findings (the first a critical leaking roof, 612,500.00 HNL), a custom
 *       milestone late on 2026-11-28 and its completion at risk; six packages recorded on
 *       2026-03-02, WP-01, WP-04 and WP-06 charged to grant A (HNL), WP-02, WP-03 and WP-05 to
 *       grant B (USD). WP-01 (HNL contract) planned 2026-06-15 to 2026-09-30, extended 15 days by a
 *       change order approved on 2026-08-05, built 2026-06-15 to 2026-10-20; seven payments from
 *       June to October 2026, four of them in the third quarter.
 *   <li>{@link Portfolio#project()}, in preliminary project since 2026-05-20, its approval late on
 *       2026-11-28; its first finding a critical one about the perimeter wall.
 *   <li>{@link Portfolio#partnership()}, registered on 2026-08-25, in partnership since 2026-08-28.
 * </ul>
 *
 * Grant B allocates 380,000 USD to the works center; grant A funds the works and project centers.
 */
public final class TestPortfolio {

    /** The codes of the story's centers, grants and their donors. */
    public record Portfolio(
            String works,
            String project,
            String partnership,
            String grantA,
            String donorA,
            String grantB,
            String donorB) {}

    /**
     * Lempiras per dollar on the 2nd of each month from 2025-10 to 2026-11: the values an
     * illustrative rate would have (those of the sample, so that other tests, which read rates in
     * force on a date, see the same figures whether the story was told before them or not).
     */
    private static final String[] RATES = {
        "26.150000", "26.180000", "26.210000", "26.240000", "26.260000", "26.290000", "26.310000",
        "26.340000", "26.360000", "26.390000", "26.410000", "26.440000", "26.460000", "26.490000"
    };

    private final TestClock clock = Arc.container().instance(TestClock.class).get();
    private final List<LocalDate> rates = new ArrayList<>();

    private TestPortfolio() {
        for (LocalDate day = LocalDate.of(2025, 10, 2);
                day.isBefore(LocalDate.of(2026, 12, 1));
                day = day.plusMonths(1)) {
            rates.add(day);
        }
    }

    /** Tells the story (a few seconds) and answers its codes; the clock is real time after. */
    public static Portfolio build() {
        TestPortfolio story = new TestPortfolio();
        try {
            return story.tell();
        } finally {
            story.clock.reset();
        }
    }

    /** Moves the clock to a day of the story and records the exchange rates dated by then. */
    private void on(String date) {
        LocalDate today = LocalDate.parse(date);
        clock.setToday(today);
        while (!rates.isEmpty() && !rates.get(0).isAfter(today)) {
            LocalDate day = rates.remove(0);
            int month = (day.getYear() - 2025) * 12 + day.getMonthValue() - 10;
            TestRates.hnl(day.toString(), RATES[month]);
        }
    }

    private Portfolio tell() {
        on("2025-10-20");
        String institution = TestPartners.institution();
        String contractor = TestPartners.contractor();
        String donorA = TestFunding.donor();
        String donorB = TestFunding.donor();
        String grantA = TestFunding.grant("9000000.00", "HNL", donorA);
        String grantB = TestFunding.grant("600000.00", "USD", donorB);

        // The works center, evaluated on its first day.
        String works = center("WORKS-", "2025-10-20", institution);
        milestone(works, "EVALUATION_COMPLETED", "2025-10-31", null);
        milestone(works, "AGREEMENT_SIGNED", "2025-12-15", "2026-01-15");
        milestone(works, "PRELIMINARY_PROJECT_APPROVED", "2026-03-31", null);
        milestone(works, "WORKS_CONTRACT_AWARDED", "2026-05-15", null);
        milestone(works, "WORKS_STARTED", "2026-06-01", null);
        milestone(works, "WORKS_COMPLETED", "2026-12-15", "2027-01-31");
        milestone(works, "HANDOVER", "2027-01-15", "2027-02-28");
        milestone(works, "INAUGURATION", "2027-02-15", "2027-03-15");
        TestMilestones.custom(
                works, "Tanque elevado de agua instalado", "2026-10-31", "2026-11-15");
        long evaluation = evaluation(works, "2025-10-20");
        long roof =
                finding(
                        evaluation,
                        "ROOF",
                        "CRITICAL",
                        "Leaking roof over the main dormitory",
                        "Corroded corrugated sheets; water falls on beds when it rains.",
                        "612500.00",
                        "HNL");
        long toilets =
                finding(
                        evaluation,
                        "SANITATION",
                        "HIGH",
                        "Too few toilets for women",
                        "8 female and 6 male toilets for up to 360 people.",
                        "845000.00",
                        "HNL");
        long water =
                finding(
                        evaluation,
                        "WATER_SUPPLY",
                        "HIGH",
                        "Water storage too small",
                        "4,500 L a day for 360 people at peak.",
                        "230000.00",
                        "HNL");
        finding(
                evaluation,
                "ELECTRICAL",
                "MEDIUM",
                "Exposed wiring in the dining hall",
                null,
                "98000.00",
                "HNL");
        finding(
                evaluation,
                "ACCESSIBILITY",
                "LOW",
                "No ramp at the side entrance",
                null,
                "42000.00",
                "HNL");
        allocate(grantB, works, "CONSTRUCTION", "350000.00", "USD");
        allocate(grantB, works, "SUPERVISION", "30000.00", "USD");
        allocate(grantA, works, "CONSTRUCTION", "4000000.00", "HNL");
        allocate(grantA, works, "EQUIPMENT", "800000.00", "HNL");

        on("2025-10-24");
        actual(works, "EVALUATION_COMPLETED", "2025-10-24");
        phase(works, "PARTNERSHIP", "2025-10-24");
        on("2026-01-20");
        actual(works, "AGREEMENT_SIGNED", "2026-01-20");
        phase(works, "PRELIMINARY_PROJECT", "2026-01-20");

        on("2026-03-02");
        long wp01 =
                workPackage(
                        works,
                        "WP-01",
                        grantA,
                        "CONSTRUCTION",
                        "563841.95",
                        "HNL",
                        "2026-06-15",
                        "2026-09-30",
                        List.of(roof));
        long wp02 =
                workPackage(
                        works,
                        "WP-02",
                        grantB,
                        "CONSTRUCTION",
                        "32000.00",
                        "USD",
                        "2026-07-01",
                        "2026-12-15",
                        List.of(toilets));
        long wp03 =
                workPackage(
                        works,
                        "WP-03",
                        grantB,
                        "CONSTRUCTION",
                        "9000.00",
                        "USD",
                        "2026-08-01",
                        "2026-10-31",
                        List.of(water));
        long wp04 =
                workPackage(
                        works,
                        "WP-04",
                        grantA,
                        "CONSTRUCTION",
                        "97950.00",
                        "HNL",
                        "2026-06-01",
                        "2026-07-15",
                        List.of());
        long wp05 =
                workPackage(
                        works,
                        "WP-05",
                        grantB,
                        "CONSTRUCTION",
                        "42000.00",
                        "HNL",
                        "2026-09-01",
                        "2026-09-30",
                        List.of());
        long wp06 =
                workPackage(
                        works,
                        "WP-06",
                        grantA,
                        "EQUIPMENT",
                        "650000.00",
                        "HNL",
                        "2026-12-01",
                        "2027-01-31",
                        List.of());

        // The project center, from its evaluation in March.
        on("2026-03-05");
        String project = center("PROJECT-", "2026-03-05", institution);
        milestone(project, "EVALUATION_COMPLETED", "2026-02-28", null);
        milestone(project, "AGREEMENT_SIGNED", "2026-05-31", null);
        milestone(project, "PRELIMINARY_PROJECT_APPROVED", "2026-10-31", "2026-11-20");
        milestone(project, "WORKS_CONTRACT_AWARDED", "2027-01-15", "2027-01-31");
        milestone(project, "WORKS_STARTED", "2027-02-01", "2027-02-15");
        milestone(project, "WORKS_COMPLETED", "2027-07-31", null);
        long omoa = evaluation(project, "2026-03-05");
        long wall =
                finding(
                        omoa,
                        "PERIMETER_SECURITY",
                        "CRITICAL",
                        "Perimeter wall partly collapsed",
                        "12 m of the north wall fell after the rains; the yard is open to the street.",
                        "310000.00",
                        "HNL");
        long fire =
                finding(
                        omoa,
                        "FIRE_SAFETY",
                        "HIGH",
                        "No fire extinguishers or alarm",
                        null,
                        "1800.00",
                        "USD");
        finding(
                omoa,
                "VENTILATION_AND_LIGHTING",
                "MEDIUM",
                "Dormitories without cross-ventilation",
                null,
                "56000.00",
                "HNL");
        finding(omoa, "KITCHEN", "LOW", "Kitchen sink drains slowly", null, "9500.00", "HNL");
        allocate(grantB, project, "CONSTRUCTION", "120000.00", "USD");
        allocate(grantA, project, "CONSTRUCTION", "1500000.00", "HNL");
        long omoaWall =
                workPackage(
                        project,
                        "WP-01",
                        grantB,
                        "CONSTRUCTION",
                        "86082.00",
                        "HNL",
                        "2027-02-01",
                        "2027-04-30",
                        List.of(wall));
        workPackage(
                project,
                "WP-02",
                grantA,
                "CONSTRUCTION",
                "1800.00",
                "USD",
                "2027-02-15",
                "2027-03-15",
                List.of(fire));
        on("2026-03-10");
        actual(project, "EVALUATION_COMPLETED", "2026-03-10");
        phase(project, "PARTNERSHIP", "2026-03-10");

        on("2026-04-15");
        actual(works, "PRELIMINARY_PROJECT_APPROVED", "2026-04-15");
        on("2026-04-20");
        status(wp04, "TENDERING", null);
        on("2026-05-04");
        status(wp01, "TENDERING", null);
        on("2026-05-10");
        status(wp02, "TENDERING", null);
        on("2026-05-15");
        status(wp04, "CONTRACTED", contract(contractor, "96000.00", "HNL"));
        on("2026-05-20");
        actual(project, "AGREEMENT_SIGNED", "2026-05-20");
        phase(project, "PRELIMINARY_PROJECT", "2026-05-20");
        on("2026-05-29");
        status(wp01, "CONTRACTED", contract(contractor, "585000.00", "HNL"));
        on("2026-06-01");
        status(wp04, "IN_PROGRESS", null);
        on("2026-06-12");
        status(wp02, "CONTRACTED", contract(contractor, "30450.00", "USD"));
        on("2026-06-15");
        status(wp01, "IN_PROGRESS", null);
        status(wp03, "TENDERING", null);
        phase(works, "WORKS", "2026-06-15");
        on("2026-06-20");
        pay(wp01, "2026-06-20", "175500.00", "HNL", grantA);
        on("2026-07-06");
        status(wp02, "IN_PROGRESS", null);
        on("2026-07-10");
        progress(wp04, "2026-07-10", "100");
        pay(wp02, "2026-07-10", "9135.00", "USD", grantB);
        on("2026-07-12");
        status(wp04, "COMPLETED", null);
        on("2026-07-15");
        progress(wp01, "2026-07-15", "35");
        on("2026-07-20");
        status(wp03, "CONTRACTED", contract(contractor, "8600.00", "USD"));
        pay(wp04, "2026-07-20", "96000.00", "HNL", grantA);
        on("2026-07-30");
        status(wp04, "HANDED_OVER", null);
        on("2026-08-03");
        status(wp03, "IN_PROGRESS", null);
        on("2026-08-05");
        changeOrder(wp01, "28000.00", "HNL", 15, true);
        pay(wp03, "2026-08-05", "2580.00", "USD", grantB);
        on("2026-08-10");
        status(wp05, "CANCELLED", null);

        // The partnership center, from its evaluation in August.
        on("2026-08-25");
        String partnership = center("PARTNERSHIP-", "2026-08-25", institution);
        milestone(partnership, "EVALUATION_COMPLETED", "2026-08-31", null);
        milestone(partnership, "AGREEMENT_SIGNED", "2026-12-31", "2026-12-15");
        long belen = evaluation(partnership, "2026-08-25");
        long slab =
                finding(
                        belen,
                        "STRUCTURE",
                        "CRITICAL",
                        "Cracks in the mezzanine slab",
                        "Diagonal cracks up to 3 mm; the slab deflects under load.",
                        "520000.00",
                        "HNL");
        finding(
                belen,
                "ELECTRICAL",
                "HIGH",
                "Service entrance undersized",
                null,
                "185000.00",
                "HNL");
        allocate(grantB, partnership, "CONSTRUCTION", "80000.00", "USD");
        workPackage(
                partnership,
                "WP-01",
                grantB,
                "CONSTRUCTION",
                "412000.00",
                "HNL",
                "2027-07-15",
                "2027-10-31",
                List.of(slab));
        on("2026-08-28");
        actual(partnership, "EVALUATION_COMPLETED", "2026-08-28");
        phase(partnership, "PARTNERSHIP", "2026-08-28");

        on("2026-08-31");
        progress(wp01, "2026-08-31", "80");
        progress(wp02, "2026-08-31", "20");
        on("2026-09-05");
        pay(wp01, "2026-09-05", "292500.00", "HNL", grantA);
        on("2026-09-15");
        progress(wp03, "2026-09-15", "30");
        status(wp06, "TENDERING", null);
        on("2026-10-01");
        changeOrder(wp03, "0.00", "USD", 45, true);
        on("2026-10-02");
        status(wp03, "SUSPENDED", null);
        on("2026-10-05");
        pay(wp02, "2026-10-05", "6500.00", "USD", grantB);
        on("2026-10-15");
        progress(wp01, "2026-10-15", "100");
        on("2026-10-20");
        status(wp01, "COMPLETED", null);
        on("2026-10-25");
        pay(wp01, "2026-10-25", "145000.00", "HNL", grantA);
        on("2026-10-31");
        progress(wp02, "2026-10-31", "45");
        changeOrder(wp02, "1200.00", "USD", 10, false);
        on("2026-11-02");
        status(omoaWall, "TENDERING", null);
        on("2026-11-10");
        status(wp06, "CONTRACTED", contract(contractor, "638400.00", "HNL"));
        on("2026-11-28");
        return new Portfolio(works, project, partnership, grantA, donorA, grantB, donorB);
    }

    private static String center(String prefix, String since, String institution) {
        Map<String, Object> body = TestCenters.body(institution);
        body.put("code", prefix + body.get("code"));
        body.put("type", "CAMR");
        body.put("phase", "EVALUATION");
        body.put("phaseSince", since);
        given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/centers")
                .then()
                .statusCode(201);
        return (String) body.get("code");
    }

    private static void milestone(String center, String kind, String baseline, String forecast) {
        TestMilestones.date(center, kind, baseline, forecast, null);
    }

    private static void actual(String center, String kind, String date) {
        TestMilestones.date(center, kind, null, null, date);
    }

    private static void phase(String center, String phase, String date) {
        long version =
                given().get("/api/centers/{code}", center)
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getLong("version");
        given().contentType(ContentType.JSON)
                .body(Map.of("phase", phase, "phaseChangeDate", date, "version", version))
                .patch("/api/centers/{code}", center)
                .then()
                .statusCode(200);
    }

    private static long evaluation(String center, String date) {
        Map<String, Object> measurements = new LinkedHashMap<>();
        measurements.put("personsDesignCapacity", 300);
        measurements.put("personsObservedPeak", 360);
        measurements.put("overnightStay", true);
        measurements.put("coveredAreaM2", 1000);
        measurements.put("toiletsFemale", 8);
        measurements.put("toiletsMale", 6);
        measurements.put("showers", 12);
        measurements.put("waterLitresPerDay", 4500);
        Map<String, Object> body = TestEvaluations.body("INITIAL", measurements);
        body.put("date", date);
        return given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/centers/{code}/evaluations", center)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    private static long finding(
            long evaluation,
            String category,
            String severity,
            String title,
            String description,
            String cost,
            String currency) {
        Map<String, Object> body = TestEvaluations.findingBody();
        if (description != null) {
            body.put("description", description);
        }
        body.put("category", category);
        body.put("severity", severity);
        body.put("title", title);
        body.put("estimatedCost", Map.of("amount", cost, "currency", currency));
        return given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/evaluations/{id}/findings", evaluation)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    private static void allocate(
            String grant, String center, String category, String amount, String currency) {
        given().contentType(ContentType.JSON)
                .body(
                        Map.of(
                                "center",
                                center,
                                "category",
                                category,
                                "amount",
                                Map.of("amount", amount, "currency", currency)))
                .post("/api/funding-sources/{code}/allocations", grant)
                .then()
                .statusCode(201);
    }

    private static long workPackage(
            String center,
            String code,
            String grant,
            String category,
            String budget,
            String currency,
            String plannedStart,
            String plannedEnd,
            List<Long> findings) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("title", "Package " + code);
        body.put("fundingSource", grant);
        body.put("category", category);
        body.put("budget", Map.of("amount", budget, "currency", currency));
        body.put("plannedStart", plannedStart);
        body.put("plannedEnd", plannedEnd);
        body.put("findings", findings);
        return given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/centers/{code}/work-packages", center)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    private static Map<String, Object> contract(String contractor, String amount, String currency) {
        return Map.of(
                "contractor",
                contractor,
                "contractAmount",
                Map.of("amount", amount, "currency", currency));
    }

    private static void status(long workPackage, String status, Map<String, Object> more) {
        Map<String, Object> body = new HashMap<>();
        if (more != null) {
            body.putAll(more);
        }
        body.put("status", status);
        body.put(
                "version",
                given().get("/api/work-packages/{id}", workPackage)
                        .then()
                        .extract()
                        .jsonPath()
                        .getLong("version"));
        given().contentType(ContentType.JSON)
                .body(body)
                .patch("/api/work-packages/{id}", workPackage)
                .then()
                .statusCode(200);
    }

    private static void progress(long workPackage, String date, String percent) {
        given().contentType(ContentType.JSON)
                .body(Map.of("date", date, "percentComplete", percent))
                .post("/api/work-packages/{id}/progress", workPackage)
                .then()
                .statusCode(201);
    }

    private static void pay(
            long workPackage, String date, String amount, String currency, String grant) {
        given().contentType(ContentType.JSON)
                .body(
                        Map.of(
                                "date",
                                date,
                                "amount",
                                Map.of("amount", amount, "currency", currency),
                                "fundingSource",
                                grant,
                                "reference",
                                "PAY-" + date))
                .post("/api/work-packages/{id}/expenditures", workPackage)
                .then()
                .statusCode(201);
    }

    private static void changeOrder(
            long workPackage, String amount, String currency, int days, boolean approved) {
        long order =
                given().contentType(ContentType.JSON)
                        .body(
                                Map.of(
                                        "amount",
                                        amount,
                                        "currency",
                                        currency,
                                        "days",
                                        days,
                                        "reason",
                                        "Found on site"))
                        .post("/api/work-packages/{id}/change-orders", workPackage)
                        .then()
                        .statusCode(201)
                        .extract()
                        .jsonPath()
                        .getLong("id");
        if (approved) {
            given().contentType(ContentType.JSON)
                    .body(Map.of("status", "APPROVED", "version", 0))
                    .patch("/api/change-orders/{id}", order)
                    .then()
                    .statusCode(200);
        }
    }
}
