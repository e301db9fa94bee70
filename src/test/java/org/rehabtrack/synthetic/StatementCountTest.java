package org.rehabtrack.synthetic;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.rehabtrack.security.DemoAccounts;
import org.rehabtrack.system.OwnDatabaseProfile;
import org.rehabtrack.system.TestSessions;

/**
 * The number of SQL statements each report and page issues does not grow with the data: measured on
 * a small portfolio, then again after a portfolio three times as large is added beside it (the
 * pages of one center on a center of each, the second with more packages, payments and findings). A
 * query per center, package or payment would show as a difference.
 */
@QuarkusTest
@TestProfile(StatementCountTest.OwnDatabase.class)
class StatementCountTest {

    /** An empty in-memory database of its own; on PostgreSQL the shared test database. */
    public static class OwnDatabase extends OwnDatabaseProfile {
        public OwnDatabase() {
            super("statements");
        }
    }

    static final String STAMP =
            Long.toString(System.currentTimeMillis() % 2_000_000_000L, 36).toUpperCase(Locale.ROOT);

    @Inject SyntheticPortfolio portfolio;
    @Inject DemoAccounts demoAccounts;
    @Inject EntityManagerFactory entityManagerFactory;

    @Test
    void reportsAndPagesIssueAsManyStatementsWhateverTheSize() {
        portfolio.load(new PortfolioSize(3, 9, 45, 150, 12, 30), "A" + STAMP);
        QuarkusTransaction.requiringNew().run(demoAccounts::createIfEnabled);
        Map<String, Long> small = measure("A" + STAMP + "-C0001");

        portfolio.load(new PortfolioSize(9, 45, 450, 1_800, 54, 90), "B" + STAMP);
        Map<String, Long> large = measure("B" + STAMP + "-C0001");

        assertEquals(small, large);
        small.forEach(
                (what, count) ->
                        assertTrue(count > 0, what + " issued no statement: not measured"));
    }

    /**
     * The statements of one request to each report and page, after a first request that warms it.
     */
    private Map<String, Long> measure(String center) {
        Map<String, String> paths = new LinkedHashMap<>();
        paths.put("budget report", "/api/reports/budget.xlsx");
        paths.put("progress report", "/api/reports/progress.xlsx");
        paths.put("findings report", "/api/reports/findings.xlsx");
        paths.put("IATI activities", "/api/iati/activities.xml");
        paths.put("center list", "/api/centers");
        paths.put("center detail", "/api/centers/" + center);
        paths.put("center budget", "/api/centers/" + center + "/budget");
        paths.put("portfolio budget", "/api/budget");
        paths.put("dashboard", "/");
        paths.put(
                "dashboard, second page of those in works by SPI",
                "/?phase=WORKS&sort=spi&dir=desc&page=2");
        paths.put("dashboard, late milestones by status", "/?late=true&sort=status");
        paths.put("center page", "/centers/" + center);
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        assertTrue(statistics.isStatisticsEnabled(), "Hibernate statistics are on");
        Map<String, Long> counts = new LinkedHashMap<>();
        paths.forEach(
                (what, path) -> {
                    // Pages take a browser session, signed in afresh for each so that no request of
                    // the two
                    // writes its last use (at most once a minute); the API takes HTTP Basic, as
                    // before.
                    RequestSpecification client =
                            path.startsWith("/api/") ? given() : TestSessions.page("manager");
                    client.redirects().follow(false).accept("*/*").get(path).then().statusCode(200);
                    long before = statistics.getPrepareStatementCount();
                    client.redirects().follow(false).accept("*/*").get(path).then().statusCode(200);
                    counts.put(what, statistics.getPrepareStatementCount() - before);
                });
        counts.put("dashboard after a change to one center", afterAChange(center, "/", statistics));
        counts.put(
                "center page after a change to its center",
                afterAChange(center, "/centers/" + center, statistics));
        return counts;
    }

    /**
     * The statements of a page's request after one center's records changed: the dashboard works
     * out that center's status again and keeps the others'; the center's page is worked out anew.
     */
    private static long afterAChange(String center, String path, Statistics statistics) {
        TestSessions.page("manager").get(path).then().statusCode(200);
        given().contentType(ContentType.JSON)
                .body(
                        Map.of(
                                "kind", "CUSTOM",
                                "name", "Cisterna revisada",
                                "baselineDate", "2027-01-29"))
                .post("/api/centers/{code}/milestones", center)
                .then()
                .statusCode(201);
        RequestSpecification client = TestSessions.page("manager");
        long before = statistics.getPrepareStatementCount();
        client.get(path).then().statusCode(200);
        return statistics.getPrepareStatementCount() - before;
    }
}
