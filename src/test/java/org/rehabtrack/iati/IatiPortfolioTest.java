package org.rehabtrack.iati;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.rehabtrack.security.DemoAccounts;
import org.rehabtrack.synthetic.PortfolioSize;
import org.rehabtrack.synthetic.SyntheticPortfolio;
import org.rehabtrack.system.OwnDatabaseProfile;
import org.w3c.dom.Node;

/**
 * The IATI export of a synthetic M portfolio (50 centers, 1,000 packages, 100,000 payments), in a
 * database of its own: valid against IATI's schema, holding IATI's rules, one activity per center
 * besides the programme, and its expenditure the portfolio's spent to the cent.
 */
@QuarkusTest
@TestProfile(IatiPortfolioTest.OwnDatabase.class)
class IatiPortfolioTest {

    /** An empty in-memory database of its own; on PostgreSQL the shared test database. */
    public static class OwnDatabase extends OwnDatabaseProfile {
        public OwnDatabase() {
            super("iati");
        }
    }

    @Inject SyntheticPortfolio portfolio;
    @Inject DemoAccounts demoAccounts;

    @Test
    void theMPortfolioIsValidHoldsTheRulesAndItsExpenditureIsItsSpent() {
        String prefix =
                "I"
                        + Long.toString(System.currentTimeMillis() % 2_000_000_000L, 36)
                                .toUpperCase(Locale.ROOT);
        portfolio.load(PortfolioSize.M, prefix);
        QuarkusTransaction.requiringNew().run(demoAccounts::createIfEnabled);
        LocalDate today = LocalDate.now(ZoneId.of("America/Tegucigalpa"));
        byte[] body =
                given().queryParam("statusDate", today.toString())
                        .get("/api/iati/activities.xml")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asByteArray();
        assertEquals(List.of(), IatiSchema.errors(body));
        IatiDocument document = new IatiDocument(body);
        assertEquals(List.of(), IatiRules.all(document, today));

        List<Node> centers =
                document.activities().stream()
                        .filter(a -> identifier(a).contains("-" + prefix))
                        .toList();
        assertEquals(PortfolioSize.M.centers(), centers.size());
        // Each center's expenditure is its spent at the date, to the cent; and so is the whole.
        BigDecimal expenditure = BigDecimal.ZERO;
        int payments = 0;
        for (Node activity : document.activities()) {
            BigDecimal spentHere = BigDecimal.ZERO;
            for (Node transaction : IatiDocument.children(activity, "transaction")) {
                if ("4"
                        .equals(
                                IatiDocument.attribute(
                                        IatiDocument.child(transaction, "transaction-type"),
                                        "code"))) {
                    spentHere =
                            spentHere.add(
                                    new BigDecimal(
                                            IatiDocument.child(transaction, "value")
                                                    .getTextContent()));
                    payments++;
                }
            }
            expenditure = expenditure.add(spentHere);
            if (centers.contains(activity)) {
                String code = identifier(activity).substring(identifier(activity).indexOf(prefix));
                String spent =
                        given().queryParam("statusDate", today.toString())
                                .get("/api/centers/{code}/budget", code)
                                .then()
                                .statusCode(200)
                                .extract()
                                .jsonPath()
                                .getString("spent.amount");
                assertEquals(
                        0,
                        new BigDecimal(spent).compareTo(spentHere),
                        code + ": spent " + spent + ", expenditure " + spentHere);
            }
        }
        assertTrue(payments >= PortfolioSize.M.payments(), "every payment: " + payments);
        String spent =
                given().queryParam("statusDate", today.toString())
                        .get("/api/budget")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getString("spent.amount");
        assertEquals(new BigDecimal(spent), expenditure, "the portfolio's spent");
    }

    private static String identifier(Node activity) {
        return IatiDocument.child(activity, "iati-identifier").getTextContent();
    }
}
