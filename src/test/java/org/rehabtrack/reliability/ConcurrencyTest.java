package org.rehabtrack.reliability;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;
import org.rehabtrack.report.BudgetColumns.Budget;
import org.rehabtrack.report.BudgetColumns.Transactions;
import org.rehabtrack.report.ProgressColumns.Curve;
import org.rehabtrack.report.ProgressColumns.Milestones;
import org.rehabtrack.report.ProgressColumns.Summary;
import org.rehabtrack.report.ProgressColumns.Works;
import org.rehabtrack.report.ReportColumn;
import org.rehabtrack.system.AtOnce;
import org.rehabtrack.system.TestCenters;
import org.rehabtrack.system.TestDatabases;
import org.rehabtrack.system.TestFunding;
import org.rehabtrack.system.TestWorks;

/**
 * Many clients at once against the running application (docs/reliability.md): edits of one record
 * with the same version, payments to one works package, and workbooks downloaded while money and
 * plans change. Every request is a real HTTP request; the threads start together.
 */
@QuarkusTest
class ConcurrencyTest {

    private static final Logger LOG = Logger.getLogger(ConcurrencyTest.class);
    private static final String PROBLEM = "application/problem+json";
    private static final int PARALLEL = 50;

    /** The application's "today": payments and progress may not be dated after it. */
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("America/Tegucigalpa"));

    /** What one request answered. */
    record Answer(int status, String contentType, String body) {

        static Answer of(Response response) {
            return new Answer(response.statusCode(), response.contentType(), response.asString());
        }

        boolean is2xx() {
            return status / 100 == 2;
        }

        @Override
        public String toString() {
            return status
                    + " "
                    + contentType
                    + " "
                    + (body.length() > 300 ? body.substring(0, 300) + "…" : body);
        }
    }

    // ---------------------------------------------------------------------------------------------
    // 1. One milestone, 50 edits with the same version
    // ---------------------------------------------------------------------------------------------

    @Test
    void fiftyEditsOfOneMilestoneWithTheSameVersionLetExactlyOneWin() throws Exception {
        String center = TestCenters.create();
        long id = TestCenters.milestoneId(center, "WORKS_COMPLETED");
        long version = TestCenters.milestoneVersion(id);

        long started = System.nanoTime();
        List<Answer> answers =
                AtOnce.run(
                        PARALLEL,
                        i -> {
                            Map<String, Object> body = new HashMap<>();
                            body.put("version", version);
                            body.put("forecastDate", TODAY.plusDays(30 + i).toString());
                            body.put("note", "edit " + i);
                            return Answer.of(
                                    given().contentType(ContentType.JSON)
                                            .body(body)
                                            .patch("/api/milestones/{id}", id));
                        });
        LOG.infof(
                "%d edits of one milestone answered in %d ms",
                PARALLEL, (System.nanoTime() - started) / 1_000_000);

        List<Integer> winners = new ArrayList<>();
        for (int i = 0; i < answers.size(); i++) {
            Answer a = answers.get(i);
            assertTrue(a.status() < 500, "no server error: " + a);
            if (a.is2xx()) {
                winners.add(i);
            } else {
                assertEquals(409, a.status(), "a loser is told of the conflict: " + a);
                assertTrue(a.contentType().startsWith(PROBLEM), a.toString());
                assertEquals(
                        "/problems/stale-version",
                        JsonPath.from(a.body()).getString("type"),
                        a.toString());
            }
        }
        assertEquals(1, winners.size(), "exactly one edit wins: " + answers);
        int winner = winners.get(0);
        JsonPath answered = JsonPath.from(answers.get(winner).body());
        assertEquals(version + 1, answered.getLong("version"));

        JsonPath stored =
                given().get("/api/milestones/{id}", id).then().statusCode(200).extract().jsonPath();
        assertEquals(
                version + 1, stored.getLong("version"), "one change: the version moved by one");
        assertEquals("edit " + winner, stored.getString("note"));
        assertEquals(TODAY.plusDays(30 + winner).toString(), stored.getString("forecastDate"));
        // The audit trail holds the winner's change alone.
        List<Object> changes =
                given().queryParam("record", "Milestone")
                        .get("/api/centers/{code}/history", center)
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("findAll { it.recordId == " + id + " && it.action == 'UPDATE' }");
        assertEquals(1, changes.size(), "one change in the audit trail");
    }

    // ---------------------------------------------------------------------------------------------
    // 2. One works package, 50 payments at once
    // ---------------------------------------------------------------------------------------------

    /** A payment in dollars with cents of its own: 1,000 + i dollars and (7i + 3) mod 100 cents. */
    private static BigDecimal amount(int i) {
        return BigDecimal.valueOf(100_000 + 100L * i + (7L * i + 3) % 100, 2);
    }

    private static Answer pay(long workPackage, String grant, BigDecimal amount, String reference) {
        Map<String, Object> body = new HashMap<>();
        body.put("date", TODAY.toString());
        body.put("amount", Map.of("amount", amount.toPlainString(), "currency", "USD"));
        body.put("fundingSource", grant);
        body.put("reference", reference);
        return Answer.of(
                given().contentType(ContentType.JSON)
                        .body(body)
                        .post("/api/work-packages/{id}/expenditures", workPackage));
    }

    private static BigDecimal money(JsonPath json, String path) {
        return new BigDecimal(json.getString(path));
    }

    @Test
    void fiftyPaymentsToOnePackageAtOnceAreAllCountedToTheCent() throws Exception {
        String center = TestCenters.create();
        String grant = TestFunding.grant("1000000.00", "USD");
        TestFunding.allocate(grant, center, "500000.00", "USD");
        long workPackage = TestWorks.underWay(center, "WP-PAR", List.of());

        long started = System.nanoTime();
        List<Answer> answers =
                AtOnce.run(PARALLEL, i -> pay(workPackage, grant, amount(i), "PAR-" + i));
        LOG.infof(
                "%d payments to one package answered in %d ms",
                PARALLEL, (System.nanoTime() - started) / 1_000_000);

        BigDecimal expected = BigDecimal.ZERO.setScale(2);
        for (int i = 0; i < PARALLEL; i++) {
            Answer a = answers.get(i);
            assertEquals(201, a.status(), "payment " + i + " recorded: " + a);
            assertEquals(
                    amount(i).toPlainString(), JsonPath.from(a.body()).getString("usd.amount"));
            expected = expected.add(amount(i));
        }

        // Every payment is listed once.
        JsonPath listed =
                given().get("/api/work-packages/{id}/expenditures", workPackage)
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath();
        assertEquals(PARALLEL, listed.getList("$").size());
        Set<String> references = new HashSet<>(listed.getList("reference"));
        assertEquals(PARALLEL, references.size());
        BigDecimal listedSum =
                listed.getList("usd.amount", String.class).stream()
                        .map(BigDecimal::new)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(expected, listedSum, "the listed payments");

        // The running totals (payment_total) behind today's figures: the center, its grant, its
        // package.
        JsonPath budget =
                given().get("/api/centers/{code}/budget", center)
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath();
        assertEquals(expected, money(budget, "spent.amount"), "the center's spent");
        assertEquals(
                new BigDecimal("500000.00").subtract(expected), money(budget, "available.amount"));
        String line = "byFundingSource.find { it.fundingSource == '" + grant + "' }";
        assertEquals(
                expected,
                money(budget, line + ".spent.amount"),
                "the grant's spent for the center");
        assertEquals(expected, money(budget, line + ".spentUsd.amount"));
        assertEquals(
                expected,
                money(budget, "byCategory.find { it.category == 'CONSTRUCTION' }.spent.amount"));
        assertEquals(
                expected,
                money(
                        budget,
                        "workPackages.find { it.id == " + workPackage + " }.earnedValue.ac.amount"),
                "the package's actual cost");
        // The same figures added up from the payments themselves.
        JsonPath view =
                given().queryParam("statusDate", TODAY.toString())
                        .get("/api/work-packages/{id}", workPackage)
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath();
        assertEquals(
                expected,
                money(view, "earnedValue.ac.amount").setScale(2),
                "the package's actual cost, added up");

        // One audit entry each.
        String total =
                given().queryParam("record", "Expenditure")
                        .queryParam("size", 100)
                        .get("/api/centers/{code}/history", center)
                        .then()
                        .statusCode(200)
                        .extract()
                        .header("X-Total-Count");
        assertEquals(String.valueOf(PARALLEL), total, "one audit entry per payment");
    }

    // ---------------------------------------------------------------------------------------------
    // 2b. One grant, 50 allocations at once
    // ---------------------------------------------------------------------------------------------

    @Test
    void fiftyAllocationsOfOneGrantAtOnceNeverAllocateMoreThanItHasNorTwiceTheSameLine()
            throws Exception {
        List<String> centers = new ArrayList<>();
        for (int c = 0; c < 5; c++) {
            centers.add(TestCenters.create());
        }
        List<String> categories =
                List.of("CONSTRUCTION", "EQUIPMENT", "SUPERVISION", "CONTINGENCY", "OTHER");
        // 25 lines (center and category), each asked for twice; the grant has enough for 20 of
        // them.
        String grant = TestFunding.grant("20000.00", "USD");

        long started = System.nanoTime();
        List<Answer> answers =
                AtOnce.run(
                        PARALLEL,
                        i -> {
                            int line = i % 25;
                            return Answer.of(
                                    given().contentType(ContentType.JSON)
                                            .body(
                                                    Map.of(
                                                            "center",
                                                            centers.get(line / 5),
                                                            "category",
                                                            categories.get(line % 5),
                                                            "amount",
                                                            Map.of(
                                                                    "amount",
                                                                    "1000.00",
                                                                    "currency",
                                                                    "USD")))
                                            .post(
                                                    "/api/funding-sources/{code}/allocations",
                                                    grant));
                        });
        LOG.infof(
                "%d allocations of one grant answered in %d ms",
                PARALLEL, (System.nanoTime() - started) / 1_000_000);

        int created = 0;
        for (Answer a : answers) {
            assertTrue(a.status() < 500, "no server error: " + a);
            if (a.is2xx()) {
                created++;
            } else {
                assertEquals(409, a.status(), a.toString());
                assertTrue(a.contentType().startsWith(PROBLEM), a.toString());
                String type = JsonPath.from(a.body()).getString("type");
                assertTrue(
                        type.equals("/problems/duplicate")
                                || type.equals("/problems/exceeds-funds"),
                        a.toString());
            }
        }
        assertEquals(20, created, "as many allocations as the grant has money for: " + answers);
        JsonPath view =
                given().get("/api/funding-sources/{code}", grant)
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath();
        assertEquals(new BigDecimal("20000.00"), money(view, "allocated.amount"));
        assertEquals(new BigDecimal("0.00"), money(view, "unallocated.amount"));
        List<String> lines = view.getList("allocations.collect { it.center + ' ' + it.category }");
        assertEquals(20, lines.size());
        assertEquals(20, new HashSet<>(lines).size(), "no line allocated twice: " + lines);
    }

    // ---------------------------------------------------------------------------------------------
    // 2c. A payment that waits for a lock held longer than the database waits
    // ---------------------------------------------------------------------------------------------

    @Inject EntityManager em;

    /** H2's lock timeout (LOCK_TIMEOUT in the test database's URL), in milliseconds. */
    private static final long H2_LOCK_TIMEOUT_MILLIS = 10_000;

    /**
     * A payment whose grant another transaction keeps locked: PostgreSQL waits for the lock and
     * records it; H2 gives up after its lock timeout, and the caller is told to try again (503
     * busy, Retry-After), never answered with an internal error.
     */
    @Test
    void aPaymentBehindALockHeldTooLongIsToldToTryAgainNotAnInternalError() throws Exception {
        String center = TestCenters.create();
        String grant = TestFunding.grant("1000.00", "USD");
        TestFunding.allocate(grant, center, "1000.00", "USD");
        long workPackage = TestWorks.underWay(center, "WP-LCK", List.of());

        java.util.concurrent.CountDownLatch locked = new java.util.concurrent.CountDownLatch(1);
        ExecutorService holder = Executors.newSingleThreadExecutor();
        try {
            Future<?> held =
                    holder.submit(
                            () ->
                                    QuarkusTransaction.requiringNew()
                                            .run(
                                                    () -> {
                                                        em.createNativeQuery(
                                                                        "select id from funding_source where code = ?1 for update")
                                                                .setParameter(1, grant)
                                                                .getResultList();
                                                        locked.countDown();
                                                        try {
                                                            Thread.sleep(
                                                                    TestDatabases.postgresql()
                                                                            ? 3_000
                                                                            : H2_LOCK_TIMEOUT_MILLIS
                                                                                    + 1_500);
                                                        } catch (InterruptedException e) {
                                                            Thread.currentThread().interrupt();
                                                        }
                                                    }));
            assertTrue(locked.await(30, TimeUnit.SECONDS));
            Response response =
                    given().contentType(ContentType.JSON)
                            .body(
                                    Map.of(
                                            "date",
                                            TODAY.toString(),
                                            "amount",
                                            Map.of("amount", "10.00", "currency", "USD"),
                                            "fundingSource",
                                            grant,
                                            "reference",
                                            "LCK-1"))
                            .post("/api/work-packages/{id}/expenditures", workPackage);
            held.get(30, TimeUnit.SECONDS);
            Answer a = Answer.of(response);
            if (TestDatabases.postgresql()) {
                assertEquals(201, a.status(), a.toString());
            } else {
                assertEquals(503, a.status(), a.toString());
                assertTrue(a.contentType().startsWith(PROBLEM), a.toString());
                assertEquals("/problems/busy", JsonPath.from(a.body()).getString("type"));
                assertEquals("1", response.header("Retry-After"));
                // Nothing was saved; tried again once the lock is gone, it goes through.
                assertEquals(
                        0,
                        given().get("/api/work-packages/{id}/expenditures", workPackage)
                                .then()
                                .extract()
                                .jsonPath()
                                .getList("$")
                                .size());
                assertEquals(
                        201, pay(workPackage, grant, new BigDecimal("10.00"), "LCK-2").status());
            }
        } finally {
            holder.shutdownNow();
        }
    }

    // ---------------------------------------------------------------------------------------------
    // 3. Workbooks downloaded while payments, allocations, progress and milestones change
    // ---------------------------------------------------------------------------------------------

    /** Between two writes of a writer: the writers leave the downloads some of the two cores. */
    private static final long PAUSE_MILLIS = 5;

    /** A workbook: given as long as two minutes on a busy machine (the tests' default is 30 s). */
    private static Response download(String report, String center) {
        return given().config(
                        RestAssured.config()
                                .httpClient(
                                        HttpClientConfig.httpClientConfig()
                                                .setParam("http.socket.timeout", 120_000)))
                .queryParam("center", center)
                .queryParam("lang", "en")
                .get("/api/reports/" + report);
    }

    /** Writes that go on until told to stop: what they did, and anything unexpected they met. */
    private static final class Writers {
        final AtomicBoolean stop = new AtomicBoolean();
        final Queue<String> unexpected = new ConcurrentLinkedQueue<>();
        final Map<String, AtomicInteger> done = new java.util.concurrent.ConcurrentHashMap<>();
        final List<Thread> threads = new ArrayList<>();

        /**
         * Starts a writer that runs {@code step(i)} for i = 0, 1, … until stopped, at most {@code
         * max} times.
         */
        void start(String name, int max, IntFunction<Answer> step) {
            done.put(name, new AtomicInteger());
            Thread thread =
                    new Thread(
                            () -> {
                                for (int i = 0; i < max && !stop.get(); i++) {
                                    try {
                                        Answer a = step.apply(i);
                                        if (!a.is2xx()) {
                                            unexpected.add(name + " " + i + ": " + a);
                                        }
                                        done.get(name).incrementAndGet();
                                        Thread.sleep(PAUSE_MILLIS);
                                    } catch (RuntimeException | AssertionError e) {
                                        unexpected.add(name + " " + i + ": " + e);
                                    } catch (InterruptedException e) {
                                        return;
                                    }
                                }
                            },
                            "writer-" + name);
            threads.add(thread);
            thread.start();
        }

        void stopAndWait() throws InterruptedException {
            stop.set(true);
            for (Thread thread : threads) {
                thread.join(60_000);
            }
        }
    }

    @Test
    void workbooksDownloadedWhileMoneyAndPlansChangeAgreeWithThemselves() throws Exception {
        String center = TestCenters.create();
        String grant = TestFunding.grant("1000000.00", "USD");
        TestFunding.allocate(grant, center, "500000.00", "USD");
        long workPackage = TestWorks.underWay(center, "WP-RPT", List.of());
        long milestone = TestCenters.milestoneId(center, "WORKS_COMPLETED");
        // The first workbook of each kind loads and compiles the report code: not while writes go
        // on.
        for (String report : List.of("budget.xlsx", "progress.xlsx")) {
            assertEquals(200, download(report, center).statusCode());
        }

        Writers writers = new Writers();
        // Small payments from the center's grant.
        writers.start(
                "payment",
                400,
                i -> pay(workPackage, grant, BigDecimal.valueOf(1_000 + 7L * i, 2), "RPT-" + i));
        // A grant of its own each time, allocated to the center and at once spent in full: a budget
        // line
        // whose spent equals its budget, or which is not yet spent; never spent beyond it.
        for (String name : List.of("topUpA", "topUpB")) {
            writers.start(
                    name,
                    100,
                    i -> {
                        BigDecimal amount = BigDecimal.valueOf(50_000 + 13L * i, 2);
                        String own = TestFunding.grant(amount.toPlainString(), "USD");
                        TestFunding.allocate(own, center, amount.toPlainString(), "USD");
                        return pay(workPackage, own, amount, name + "-" + i);
                    });
        }
        // The package's progress, rising by a quarter point each time.
        writers.start(
                "progress",
                300,
                i ->
                        Answer.of(
                                given().contentType(ContentType.JSON)
                                        .body(
                                                Map.of(
                                                        "date",
                                                        TODAY.toString(),
                                                        "percentComplete",
                                                        BigDecimal.valueOf(100 + 25L * i, 2)))
                                        .post("/api/work-packages/{id}/progress", workPackage)));
        // A milestone moved back and forth across today: late, then on track.
        long[] version = {TestCenters.milestoneVersion(milestone)};
        writers.start(
                "milestone",
                400,
                i -> {
                    Map<String, Object> body =
                            Map.of(
                                    "version",
                                    version[0],
                                    "forecastDate",
                                    TODAY.plusDays(i % 2 == 0 ? -3 : 20).toString());
                    Answer a =
                            Answer.of(
                                    given().contentType(ContentType.JSON)
                                            .body(body)
                                            .patch("/api/milestones/{id}", milestone));
                    if (a.is2xx()) {
                        version[0] = JsonPath.from(a.body()).getLong("version");
                    }
                    return a;
                });

        Queue<String> inconsistent = new ConcurrentLinkedQueue<>();
        AtomicInteger downloads = new AtomicInteger();
        long started = System.nanoTime();
        try {
            AtOnce.run(
                    2,
                    reader -> {
                        for (int i = 0; i < 8; i++) {
                            boolean budget = (i + reader) % 2 == 0;
                            String name = budget ? "budget.xlsx" : "progress.xlsx";
                            try {
                                Response response = download(name, center);
                                if (response.statusCode() != 200) {
                                    inconsistent.add(name + " answered " + Answer.of(response));
                                    continue;
                                }
                                try (XSSFWorkbook workbook =
                                        new XSSFWorkbook(
                                                new ByteArrayInputStream(response.asByteArray()))) {
                                    List<String> problems =
                                            budget
                                                    ? budgetProblems(workbook, center)
                                                    : progressProblems(workbook, center, "WP-RPT");
                                    String which = name + " #" + reader + "." + i;
                                    problems.forEach(p -> inconsistent.add(which + ": " + p));
                                }
                                downloads.incrementAndGet();
                            } catch (IOException | RuntimeException e) {
                                inconsistent.add(name + ": " + e);
                            }
                        }
                        return null;
                    });
        } finally {
            writers.stopAndWait();
        }
        LOG.infof(
                "%d workbooks downloaded in %d ms while writers made %s",
                downloads.get(), (System.nanoTime() - started) / 1_000_000, writers.done);

        assertTrue(
                inconsistent.isEmpty(),
                "every workbook opens and agrees with itself: " + inconsistent);
        assertEquals(16, downloads.get());
        assertTrue(writers.unexpected.isEmpty(), "every write went through: " + writers.unexpected);
        writers.done.forEach(
                (name, count) ->
                        assertTrue(count.get() > 0, name + " wrote while workbooks were read"));
    }

    /** Money as the workbook holds it (a double), to the cent. */
    private static BigDecimal cents(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }

    private static String text(Row row, ReportColumn column) {
        Cell cell = row.getCell(column.index());
        return cell != null && cell.getCellType() == CellType.STRING
                ? cell.getStringCellValue()
                : null;
    }

    private static Double number(Row row, ReportColumn column) {
        Cell cell = row.getCell(column.index());
        if (cell == null) {
            return null;
        }
        if (cell.getCellType() == CellType.NUMERIC
                || cell.getCellType() == CellType.FORMULA
                        && cell.getCachedFormulaResultType() == CellType.NUMERIC) {
            return cell.getNumericCellValue();
        }
        return null;
    }

    /** The figures of every formula are the ones POI computes again from the cells. */
    private static void formulasHold(XSSFWorkbook workbook, List<String> problems) {
        XSSFFormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
        for (Sheet sheet : workbook) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.FORMULA) {
                        double stored = cell.getNumericCellValue();
                        double computed = evaluator.evaluate(cell).getNumberValue();
                        if (Math.abs(stored - computed) > 0.005) {
                            problems.add(
                                    sheet.getSheetName()
                                            + "!"
                                            + cell.getAddress()
                                            + " holds "
                                            + stored
                                            + " but computes "
                                            + computed);
                        }
                    }
                }
            }
        }
    }

    /**
     * The budget workbook of one center, no period: each line's spent in the period and to date
     * equals the payments the transactions sheet lists for it, the totals equal the transactions'
     * total, and no grant's line has spent more than its budget (payments are refused beyond it).
     */
    static List<String> budgetProblems(XSSFWorkbook workbook, String center) {
        List<String> problems = new ArrayList<>();
        Sheet budget = workbook.getSheet("Budget");
        Sheet transactions = workbook.getSheet("Transactions");
        if (budget == null || transactions == null || workbook.getSheet("By center") == null) {
            problems.add("sheets " + workbook.getSheetName(0) + ", …");
            return problems;
        }
        Map<String, BigDecimal> paid = new HashMap<>();
        BigDecimal paidTotal = BigDecimal.ZERO.setScale(2);
        BigDecimal listedTotal = null;
        int payments = 0;
        for (Row row : transactions) {
            Cell date = row.getCell(Transactions.DATE.index());
            if (date != null && date.getCellType() == CellType.NUMERIC) {
                if (!center.equals(text(row, Transactions.CENTER))) {
                    problems.add("a payment of another center: " + text(row, Transactions.CENTER));
                }
                BigDecimal usd = cents(number(row, Transactions.USD));
                paid.merge(
                        text(row, Transactions.CATEGORY)
                                + " / "
                                + text(row, Transactions.FUNDING_SOURCE),
                        usd,
                        BigDecimal::add);
                paidTotal = paidTotal.add(usd);
                payments++;
            } else if ("Total".equals(text(row, Transactions.DATE))) {
                listedTotal = cents(number(row, Transactions.USD));
            }
        }
        if (listedTotal == null || listedTotal.compareTo(paidTotal) != 0) {
            problems.add(
                    "transactions total "
                            + listedTotal
                            + " but its "
                            + payments
                            + " rows add up to "
                            + paidTotal);
        }
        Map<String, BigDecimal> lines = new HashMap<>();
        BigDecimal spentTotal = null;
        for (Row row : budget) {
            if (center.equals(text(row, Budget.CENTER)) && number(row, Budget.BUDGET_USD) != null) {
                String line = text(row, Budget.CATEGORY) + " / " + text(row, Budget.FUNDING_SOURCE);
                BigDecimal budgeted = cents(number(row, Budget.BUDGET_USD));
                BigDecimal spentInPeriod = cents(number(row, Budget.SPENT_PERIOD_USD));
                BigDecimal spentToDate = cents(number(row, Budget.SPENT_TO_DATE_USD));
                lines.put(line, spentToDate);
                if (spentInPeriod.compareTo(spentToDate) != 0) {
                    problems.add(
                            line
                                    + ": spent in the period "
                                    + spentInPeriod
                                    + " but to date "
                                    + spentToDate);
                }
                BigDecimal listed = paid.getOrDefault(line, BigDecimal.ZERO.setScale(2));
                if (spentToDate.compareTo(listed) != 0) {
                    problems.add(
                            line
                                    + ": spent "
                                    + spentToDate
                                    + " but its payments listed add up to "
                                    + listed);
                }
                if (!"(none)".equals(text(row, Budget.FUNDING_SOURCE))
                        && spentToDate.compareTo(budgeted) > 0) {
                    problems.add(
                            line + ": spent " + spentToDate + " beyond its budget " + budgeted);
                }
            } else if ("Total".equals(text(row, Budget.CENTER))) {
                spentTotal = cents(number(row, Budget.SPENT_TO_DATE_USD));
                if (cents(number(row, Budget.SPENT_PERIOD_USD)).compareTo(paidTotal) != 0) {
                    problems.add(
                            "budget total spent in the period "
                                    + cents(number(row, Budget.SPENT_PERIOD_USD))
                                    + " but payments "
                                    + paidTotal);
                }
            }
        }
        for (String line : paid.keySet()) {
            if (!lines.containsKey(line)) {
                problems.add("payments of " + line + " but no budget line for it");
            }
        }
        if (spentTotal == null || spentTotal.compareTo(paidTotal) != 0) {
            problems.add("budget total spent " + spentTotal + " but payments " + paidTotal);
        }
        formulasHold(workbook, problems);
        return problems;
    }

    /**
     * The progress workbook of one center with one works package: the summary's physical progress
     * is the package's % complete on the works sheet and the S-curve's actual share today, and its
     * count of late milestones is the number of milestones the milestones sheet shows late.
     */
    static List<String> progressProblems(XSSFWorkbook workbook, String center, String workPackage) {
        List<String> problems = new ArrayList<>();
        Sheet summary = workbook.getSheet("Summary");
        Sheet milestones = workbook.getSheet("Milestones");
        Sheet works = workbook.getSheet("Works packages");
        Sheet curve = workbook.getSheet("S-curve");
        if (summary == null
                || milestones == null
                || works == null
                || curve == null
                || workbook.getSheet("Timeline") == null) {
            problems.add("sheets " + workbook.getSheetName(0) + ", …");
            return problems;
        }
        Double physical = null;
        Double late = null;
        for (Row row : summary) {
            if (center.equals(text(row, Summary.CENTER))
                    && number(row, Summary.PHYSICAL_PROGRESS) != null) {
                physical = number(row, Summary.PHYSICAL_PROGRESS);
                late = number(row, Summary.LATE_MILESTONES);
            }
        }
        if (physical == null || late == null) {
            problems.add("no summary row with figures for " + center);
            return problems;
        }
        int lateListed = 0;
        for (Row row : milestones) {
            if (center.equals(text(row, Milestones.CENTER))
                    && "Late".equals(text(row, Milestones.STATUS))) {
                lateListed++;
            }
        }
        if (late.intValue() != lateListed) {
            problems.add(
                    "summary counts "
                            + late.intValue()
                            + " late milestones, the milestones sheet lists "
                            + lateListed);
        }
        Double percent = null;
        for (Row row : works) {
            if (center.equals(text(row, Works.CENTER))
                    && workPackage.equals(text(row, Works.CODE))) {
                percent = number(row, Works.PERCENT_COMPLETE);
            }
        }
        if (percent == null || Math.abs(percent - physical) > 0.001) {
            problems.add(
                    "summary physical progress "
                            + physical
                            + " but the package's % complete "
                            + percent);
        }
        Double share = null;
        for (Row row : curve) {
            Cell date = row.getCell(Curve.DATE.index());
            if (date != null
                    && date.getCellType() == CellType.NUMERIC
                    && date.getLocalDateTimeCellValue().toLocalDate().equals(TODAY)) {
                share = number(row, Curve.ACTUAL_CUMULATIVE);
            }
        }
        if (share == null || Math.abs(share * 100 - physical) > 0.01) {
            problems.add(
                    "summary physical progress "
                            + physical
                            + " but the S-curve's actual share today "
                            + share);
        }
        return problems;
    }
}
