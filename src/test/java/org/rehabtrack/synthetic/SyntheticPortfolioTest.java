package org.rehabtrack.synthetic;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rehabtrack.budget.CenterBudget;
import org.rehabtrack.budget.CenterBudgetService;
import org.rehabtrack.center.Center;
import org.rehabtrack.center.CenterRepository;
import org.rehabtrack.funding.Conversion;
import org.rehabtrack.funding.CurrencyConverter;
import org.rehabtrack.security.DemoAccounts;
import org.rehabtrack.system.OwnDatabaseProfile;
import org.rehabtrack.system.TestClock;
import org.rehabtrack.system.money.Money;

/**
 * A small synthetic portfolio, then a second one beside it: exact counts, payments converted as the
 * application converts them, progress that never goes down, and reports that work on it.
 */
@QuarkusTest
@TestProfile(SyntheticPortfolioTest.OwnDatabase.class)
class SyntheticPortfolioTest {

    /**
     * An empty in-memory database of its own, without sample data. On PostgreSQL
     * (REHABTRACK_DB_URL) it shares the test database: every check looks only at the rows of its
     * prefixes.
     */
    public static class OwnDatabase extends OwnDatabaseProfile {
        public OwnDatabase() {
            super("synthetic");
        }
    }

    static final PortfolioSize SMALL = new PortfolioSize(4, 12, 60, 240, 20, 40);

    /** Prefixes new on every run, so that a shared PostgreSQL database never holds them already. */
    static final String STAMP =
            Long.toString(System.currentTimeMillis() % 2_000_000_000L, 36).toUpperCase(Locale.ROOT);

    static final String FIRST = "S" + STAMP;
    static final String SECOND = "T" + STAMP;
    static LoadedPortfolio first;
    static LoadedPortfolio second;

    @Inject SyntheticPortfolio portfolio;
    @Inject AgroalDataSource dataSource;
    @Inject CurrencyConverter converter;
    @Inject DemoAccounts demoAccounts;
    @Inject Clock clock;
    @Inject TestClock testClock;
    @Inject CenterRepository centers;
    @Inject CenterBudgetService budgets;
    @Inject org.rehabtrack.works.WorkPackageService workPackages;
    @Inject org.rehabtrack.milestone.MilestoneRepository milestones;

    @BeforeEach
    void loadBothOnce() {
        if (first == null) {
            first = portfolio.load(SMALL, FIRST);
            second = portfolio.load(SMALL, SECOND);
            QuarkusTransaction.requiringNew().run(demoAccounts::createIfEnabled);
        }
    }

    @Test
    void writesExactlyTheCountsOfItsSize() throws SQLException {
        for (String prefix : List.of(FIRST, SECOND)) {
            assertEquals(4, count("select count(*) from center c where c.code like ?", prefix));
            assertEquals(
                    12,
                    count(
                            "select count(*) from work_package w join center c on c.id = w.center_id"
                                    + " where c.code like ?",
                            prefix));
            assertEquals(
                    60,
                    count(
                            "select count(*) from progress_report r join work_package w"
                                    + " on w.id = r.work_package_id join center c on c.id = w.center_id where c.code like ?",
                            prefix));
            assertEquals(
                    240,
                    count(
                            "select count(*) from expenditure e join center c on c.id = e.center_id"
                                    + " where c.code like ?",
                            prefix));
            assertEquals(
                    20,
                    count(
                            "select count(*) from finding f join center c on c.id = f.center_id"
                                    + " where c.code like ?",
                            prefix));
            assertEquals(
                    40,
                    count(
                            "select count(*) from milestone m join center c on c.id = m.center_id"
                                    + " where c.code like ?",
                            prefix));
            assertEquals(
                    4,
                    count(
                            "select count(*) from phase_change p join center c on c.id = p.center_id"
                                    + " where c.code like ?",
                            prefix));
            assertEquals(
                    4,
                    count(
                            "select count(*) from evaluation e join center c on c.id = e.center_id"
                                    + " where c.code like ?",
                            prefix));
        }
        assertEquals(60, first.progressReports());
        assertEquals(240, first.payments());
        assertEquals(first.rows() - first.exchangeRates(), second.rows() - second.exchangeRates());
        assertEquals(
                0, second.exchangeRates(), "the second portfolio reuses the first one's rates");
    }

    @Test
    void todaysRollUpFromRunningTotalsEqualsAddingUpEveryPayment() {
        LocalDate today = LocalDate.now(clock);
        QuarkusTransaction.requiringNew()
                .run(
                        () -> {
                            List<Center> shown =
                                    centers.list("code like ?1 order by code", FIRST + "-%");
                            Map<Long, java.util.Optional<CenterBudget>> fromTotals =
                                    budgets.budgets(shown, today, null);
                            testClock.setToday(today.plusDays(1));
                            try {
                                // The same date is now in the past: the roll-up adds up the
                                // payments themselves.
                                assertEquals(fromTotals, budgets.budgets(shown, today, null));
                            } finally {
                                testClock.reset();
                            }
                            assertTrue(
                                    fromTotals.values().stream()
                                            .anyMatch(
                                                    b ->
                                                            b.isPresent()
                                                                    && b.get()
                                                                                    .spent()
                                                                                    .amount()
                                                                                    .signum()
                                                                            > 0),
                                    "a center has spent something: the totals were read");
                        });
    }

    @Test
    void manyCentersAtOnceComeOutAsEachAlone() {
        // More centers than an IN list takes: their rows are read with every other center's and
        // kept apart.
        String prefix = "U" + STAMP;
        portfolio.load(new PortfolioSize(56, 112, 224, 448, 56, 56), prefix);
        LocalDate today = LocalDate.now(clock);
        QuarkusTransaction.requiringNew()
                .run(
                        () -> {
                            List<Center> many =
                                    centers.list("code like ?1 order by code", prefix + "-%");
                            assertEquals(56, many.size());
                            Map<Long, java.util.Optional<CenterBudget>> together =
                                    budgets.budgets(many, today, null);
                            for (Center center : many.subList(0, 6)) {
                                assertEquals(
                                        budgets.budgets(List.of(center), today, null)
                                                .get(center.getId()),
                                        together.get(center.getId()));
                            }
                            var packages = workPackages.listForCenters(many);
                            assertEquals(112, packages.size());
                            assertTrue(
                                    packages.stream()
                                            .allMatch(p -> p.center().startsWith(prefix + "-")));
                            assertEquals(
                                    56,
                                    milestones
                                            .forCenters(
                                                    org.rehabtrack.system.persistence.CenterIds.of(
                                                            many.stream()
                                                                    .map(Center::getId)
                                                                    .toList()))
                                            .values()
                                            .stream()
                                            .mapToInt(List::size)
                                            .sum());
                        });
    }

    @Test
    void secondPortfolioLivesBesideTheFirst() throws SQLException {
        for (String prefix : List.of(FIRST, SECOND)) {
            assertEquals(
                    7, count("select count(*) from partner where acronym like ?", prefix, "-%"));
            assertEquals(
                    3,
                    count("select count(*) from funding_source where code like ?", prefix, "-%"));
            assertEquals(
                    12,
                    count("select count(*) from work_package where code like ?", prefix, "-WP%"));
        }
        assertEquals(
                0,
                count(
                        "select count(*) from expenditure e join work_package w on w.id = e.work_package_id"
                                + " join center c on c.id = w.center_id join funding_source s on s.id = e.funding_source_id"
                                + " where c.code like ? and s.code not like '"
                                + FIRST
                                + "-%'",
                        FIRST),
                "payments of the first portfolio are charged to its own grants");
    }

    @Test
    void everyPaymentIsConvertedAsTheApplicationConvertsIt() throws SQLException {
        LocalDate today = LocalDate.now(clock);
        List<Object[]> payments =
                rows(
                        "select e.amount, e.currency, e.payment_date, e.usd_amount, e.exchange_rate_id,"
                                + " e.units_per_usd, e.source_amount, s.currency, w.planned_start, w.planned_end"
                                + " from expenditure e join funding_source s on s.id = e.funding_source_id"
                                + " join work_package w on w.id = e.work_package_id join center c on c.id = e.center_id"
                                + " where c.code like ?",
                        FIRST,
                        10);
        assertEquals(240, payments.size());
        QuarkusTransaction.requiringNew()
                .run(
                        () -> {
                            for (Object[] p : payments) {
                                BigDecimal amount = (BigDecimal) p[0];
                                String currency = (String) p[1];
                                LocalDate date = (LocalDate) p[2];
                                Conversion expected =
                                        converter.toUsd(new Money(amount, currency), date);
                                assertEquals(
                                        0,
                                        expected.usd().amount().compareTo((BigDecimal) p[3]),
                                        "usd of " + amount + " " + currency);
                                assertEquals(
                                        expected.rateId(),
                                        p[4] == null ? null : ((Number) p[4]).longValue());
                                assertEquals(
                                        0, expected.unitsPerUsd().compareTo((BigDecimal) p[5]));
                                String sourceCurrency = (String) p[7];
                                BigDecimal charged =
                                        currency.equals(sourceCurrency)
                                                ? amount
                                                : converter
                                                        .fromUsd(
                                                                expected.usd(),
                                                                sourceCurrency,
                                                                date)
                                                        .amount();
                                assertEquals(
                                        0,
                                        charged.compareTo((BigDecimal) p[6]),
                                        "charged to a " + sourceCurrency + " grant");
                                assertFalse(date.isAfter(today), "paid after today: " + date);
                                assertFalse(
                                        date.isBefore((LocalDate) p[8])
                                                || date.isAfter((LocalDate) p[9]),
                                        "paid outside the package's period: " + date);
                                assertTrue(amount.signum() > 0);
                            }
                        });
    }

    @Test
    void paymentsStayWithinTheAllocations() throws SQLException {
        List<Object[]> lines =
                rows(
                        "select e.funding_source_id, e.center_id, sum(e.source_amount),"
                                + " (select sum(a.amount) from budget_allocation a where a.funding_source_id = e.funding_source_id"
                                + " and a.center_id = e.center_id) from expenditure e join center c on c.id = e.center_id"
                                + " where c.code like ? group by e.funding_source_id, e.center_id",
                        FIRST,
                        4);
        assertFalse(lines.isEmpty());
        for (Object[] line : lines) {
            assertTrue(
                    ((BigDecimal) line[2]).compareTo((BigDecimal) line[3]) <= 0,
                    "spent beyond the allocation");
        }
    }

    @Test
    void progressNeverGoesDownAndEndsAtThePackagesPercentage() throws SQLException {
        LocalDate today = LocalDate.now(clock);
        List<Object[]> packages =
                rows(
                        "select w.id, w.status, w.percent_complete, w.planned_start, w.planned_end"
                                + " from work_package w join center c on c.id = w.center_id where c.code like ?",
                        FIRST,
                        5);
        Map<Long, List<Object[]>> reports = new HashMap<>();
        for (Object[] r :
                rows(
                        "select r.work_package_id, r.report_date, r.percent_complete, r.recorded_by"
                                + " from progress_report r join work_package w on w.id = r.work_package_id"
                                + " join center c on c.id = w.center_id where c.code like ? order by r.work_package_id, r.id",
                        FIRST,
                        4)) {
            reports.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>()).add(r);
        }
        for (Object[] p : packages) {
            List<Object[]> own = reports.getOrDefault(((Number) p[0]).longValue(), List.of());
            String status = (String) p[1];
            BigDecimal percent = (BigDecimal) p[2];
            if (status.equals("PLANNED")) {
                assertTrue(own.isEmpty());
                assertEquals(0, percent.signum());
                continue;
            }
            if (status.equals("COMPLETED")) {
                assertEquals(0, percent.compareTo(BigDecimal.valueOf(100)));
            }
            BigDecimal last = BigDecimal.ZERO;
            LocalDate lastDate = (LocalDate) p[3];
            for (Object[] r : own) {
                LocalDate date = (LocalDate) r[1];
                assertTrue(((BigDecimal) r[2]).compareTo(last) >= 0, "progress went down");
                assertFalse(
                        date.isBefore(lastDate)
                                || date.isAfter((LocalDate) p[4])
                                || date.isAfter(today));
                assertEquals("synthetic", r[3]);
                last = (BigDecimal) r[2];
                lastDate = date;
            }
            assertEquals(
                    0, last.compareTo(percent), "the package's percentage is its latest report's");
        }
    }

    @Test
    void reportsAndPagesWorkOnIt() {
        for (String report : List.of("budget.xlsx", "progress.xlsx", "findings.xlsx")) {
            byte[] workbook =
                    given().get("/api/reports/" + report)
                            .then()
                            .statusCode(200)
                            .contentType(
                                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                            .extract()
                            .asByteArray();
            assertEquals('P', workbook[0]);
            assertEquals('K', workbook[1]);
        }
        given().get("/api/centers/{code}/budget", FIRST + "-C0001").then().statusCode(200);
        given().get("/api/centers/{code}/work-packages", FIRST + "-C0001").then().statusCode(200);
        org.rehabtrack.system.TestSessions.page("manager").get("/").then().statusCode(200);
    }

    @Test
    void sizesAreNamedMOrL() {
        assertEquals(PortfolioSize.L, PortfolioSize.parse(" l "));
        assertEquals(PortfolioSize.M, PortfolioSize.parse("M"));
        assertEquals(new PortfolioSize(50, 1_000, 20_000, 100_000, 2_500, 500), PortfolioSize.M);
        assertThrows(IllegalArgumentException.class, () -> PortfolioSize.parse("XL"));
        assertThrows(IllegalArgumentException.class, () -> portfolio.load(SMALL, "syn"));
    }

    private long count(String sql, String prefix) throws SQLException {
        return count(sql, prefix, "-C%");
    }

    private long count(String sql, String prefix, String pattern) throws SQLException {
        return ((Number) rows(sql, prefix + pattern, 1).get(0)[0]).longValue();
    }

    private List<Object[]> rows(String sql, String like, int columns) throws SQLException {
        if (!like.contains("%")) {
            like = like + "-C%";
        }
        List<Object[]> rows = new ArrayList<>();
        try (Connection db = dataSource.getConnection();
                PreparedStatement query = db.prepareStatement(sql)) {
            query.setString(1, like);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    Object[] row = new Object[columns];
                    for (int i = 0; i < columns; i++) {
                        Object value = rs.getObject(i + 1);
                        row[i] = value instanceof java.sql.Date date ? date.toLocalDate() : value;
                    }
                    rows.add(row);
                }
            }
        }
        return rows;
    }
}
