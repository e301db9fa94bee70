package org.rehabtrack.iati;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.rehabtrack.system.Bilingual;
import org.rehabtrack.system.TestCenters;
import org.rehabtrack.system.TestUsers;

/**
 * The IATI rules the schema cannot check ({@link IatiRules}), one test each: every export holds
 * them (the sample data's whole programme, today and at a past date, each sample donor's, each
 * sample grant's, a center's), and each rule finds a document that breaks it. Every export is also
 * valid against IATI's schema.
 */
@QuarkusTest
class IatiRulesTest {

    private static final String PATH = "/api/iati/activities.xml";

    private static Map<String, IatiDocument> exports;

    /** The exports, made once for every rule: by what they are of. */
    private static synchronized Map<String, IatiDocument> exports() {
        if (exports != null) {
            return exports;
        }
        Map<String, IatiDocument> made = new LinkedHashMap<>();
        made.put("the whole programme", export(given(), Map.of()));
        String center = TestCenters.withRecords();
        made.put(
                "the whole programme at a past date",
                export(given(), Map.of("statusDate", "2026-06-30")));
        made.put("a center", export(given(), Map.of("center", center)));
        JsonPath grants =
                given().get("/api/funding-sources").then().statusCode(200).extract().jsonPath();
        Set<String> donors = new LinkedHashSet<>();
        List<Map<String, Object>> list = grants.getList("$");
        for (Map<String, Object> grant : list) {
            if (Boolean.TRUE.equals(grant.get("illustrative"))) {
                donors.add((String) grant.get("donor"));
                made.put(
                        "grant " + grant.get("code"),
                        export(given(), Map.of("fundingSource", grant.get("code"))));
            }
        }
        TestUsers.Donor own = TestUsers.donorFunding(center);
        donors.add(own.acronym());
        for (String donor : donors) {
            made.put(
                    "donor " + donor,
                    export(TestUsers.api(TestUsers.create("DONOR", donor)), Map.of()));
        }
        assertTrue(made.size() >= 5, "the sample data has grants and donors: " + made.keySet());
        exports = made;
        return made;
    }

    private static IatiDocument export(RequestSpecification as, Map<String, ?> query) {
        byte[] body =
                as.queryParams(query).get(PATH).then().statusCode(200).extract().asByteArray();
        assertEquals(List.of(), IatiSchema.errors(body), query.toString());
        return new IatiDocument(body);
    }

    /** Every export holds the rule; the broken document does not. */
    private static void holds(Function<IatiDocument, List<String>> rule, IatiDocument broken) {
        exports().forEach((what, document) -> assertEquals(List.of(), rule.apply(document), what));
        assertFalse(rule.apply(broken).isEmpty(), "the rule finds the broken document");
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("America/Tegucigalpa"));
    }

    @Test
    void everyStartIsBeforeItsEnd() {
        IatiActivity.Dated start = new IatiActivity.Dated(1, LocalDate.of(2026, 6, 1));
        IatiActivity.Dated end = new IatiActivity.Dated(3, LocalDate.of(2026, 5, 31));
        holds(
                IatiRules::startsBeforeEnds,
                written(activity("X-1", List.of(start, end), List.of(), List.of())));
    }

    @Test
    void noTransactionIsInTheFuture() {
        IatiActivity.Transaction tomorrow = payment(today().plusDays(2));
        holds(
                document -> IatiRules.transactionsNotInTheFuture(document, today().plusDays(1)),
                written(activity("X-1", dates(), List.of(), List.of(tomorrow))));
    }

    @Test
    void everyValueHasItsDate() {
        IatiDocument valid =
                written(activity("X-1", dates(), List.of(), List.of(payment(today()))));
        IatiDocument broken =
                new IatiDocument(
                        valid.text()
                                .replaceAll(" value-date=\"[^\"]*\"", "")
                                .getBytes(StandardCharsets.UTF_8));
        assertTrue(IatiRules.valueDatesPresent(valid).isEmpty());
        holds(IatiRules::valueDatesPresent, broken);
    }

    @Test
    void everyBudgetLastsAYearAtMost() {
        IatiActivity.Budget twoYears =
                new IatiActivity.Budget(
                        1,
                        LocalDate.of(2026, 1, 1),
                        LocalDate.of(2027, 12, 31),
                        BigDecimal.TEN,
                        "USD");
        holds(
                IatiRules::budgetsWithinAYear,
                written(activity("X-1", dates(), List.of(twoYears), List.of())));
    }

    @Test
    void identifiersAreUniqueAndPrefixedByTheReportingOrganisation() {
        IatiActivity same = activity("XM-DAC-47066-A", dates(), List.of(), List.of());
        IatiActivity unprefixed = activity("OTHER-B", dates(), List.of(), List.of());
        holds(IatiRules::identifiersUniqueAndPrefixed, written(same, same, unprefixed));
        assertEquals(
                2, IatiRules.identifiersUniqueAndPrefixed(written(same, same, unprefixed)).size());
    }

    private static final IatiOrganisation IOM = IatiWriterTest.IOM;

    private static List<IatiActivity.Dated> dates() {
        return List.of(new IatiActivity.Dated(1, LocalDate.of(2026, 1, 1)));
    }

    private static IatiActivity.Transaction payment(LocalDate date) {
        return new IatiActivity.Transaction(
                4,
                date,
                BigDecimal.ONE,
                "USD",
                new Bilingual("Pago", "Payment"),
                IOM,
                null,
                null,
                null);
    }

    private static IatiActivity activity(
            String identifier,
            List<IatiActivity.Dated> dates,
            List<IatiActivity.Budget> budgets,
            List<IatiActivity.Transaction> transactions) {
        return new IatiActivity(
                identifier,
                1,
                new Bilingual("Título", "Title"),
                new Bilingual("Descripción", "Description"),
                List.of(new IatiActivity.Participant(IOM, 4)),
                2,
                dates,
                "HN",
                List.of(),
                "15190",
                budgets,
                transactions,
                List.of(),
                List.of(),
                List.of());
    }

    /** A document of these activities, valid against the schema: only the rule is broken. */
    private static IatiDocument written(IatiActivity... activities) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            IatiWriter.write(out, IOM, Instant.now(), new ArrayList<>(List.of(activities)));
        } catch (javax.xml.stream.XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        assertEquals(List.of(), IatiSchema.errors(out.toByteArray()));
        return new IatiDocument(out.toByteArray());
    }
}
