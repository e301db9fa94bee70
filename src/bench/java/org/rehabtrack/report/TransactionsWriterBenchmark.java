package org.rehabtrack.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dhatim.fastexcel.Worksheet;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.rehabtrack.funding.BudgetCategory;

/**
 * The budget report's transactions sheet (the sheet that grows with the data) written three ways,
 * cell for cell the same: through the report's own code ({@link BudgetReport#writeTransactions}),
 * through a plain Apache POI SXSSF loop, and through fastexcel. Issue #10 asks the first to stay
 * within 1.25 times the second. Run with scripts/benchmark-writer.sh [ROWS].
 *
 * <p>Each operation writes a whole workbook to memory and returns its size. The setup writes a
 * small workbook each way once and compares every cell (value, type, number format, bold) before
 * timing anything, so that the three really write the same thing.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
        value = 1,
        jvmArgsAppend = {
            "-Xms2g",
            "-Xmx6g",
            "-Djava.util.logging.manager=org.jboss.logmanager.LogManager"
        })
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class TransactionsWriterBenchmark {

    @Param("100000")
    public int rows;

    private static final String SHEET = "Transactions";
    private static final int[] WIDTHS = {12, 14, 14, 18, 16, 26, 16, 10, 14, 12, 16};

    /** Rows of the workbooks the setup compares cell by cell. */
    private static final int CHECKED_ROWS = 500;

    private static final String MONEY = "#,##0.00";
    private static final String RATE = "#,##0.0000##";
    private static final String DATE = "yyyy-mm-dd";
    private static final String INTEGER = "#,##0";

    private List<PaymentRow> payments;
    private ReportContext context;
    private String title;
    private String subject;
    private List<String> extraLines;

    /** What the report writes, resolved once for the two references. */
    private List<String> titleLines;

    private List<String> headers;
    private Map<BudgetCategory, String> categories;
    private String totalLabel;

    @Setup
    public void setUp() throws IOException {
        LocalDate statusDate = LocalDate.of(2025, 6, 30);
        context =
                new ReportContext(
                        Locale.ENGLISH,
                        List.of(),
                        true,
                        null,
                        ReportPeriod.upTo(statusDate),
                        Instant.parse("2025-06-30T18:00:00Z"),
                        ZoneOffset.UTC,
                        "benchmark");
        title = context.label("report.budget.title");
        subject = context.label("report.organisation");
        extraLines =
                List.of(
                        context.label(
                                "report.budget.scope",
                                "—",
                                statusDate.toString(),
                                statusDate.toString()),
                        context.label("report.budget.currencyNote"));
        titleLines = context.titleLines(extraLines);
        headers =
                context.columns(
                        "date",
                        "center",
                        "workPackage",
                        "fundingSource",
                        "category",
                        "reference",
                        "amount",
                        "currency",
                        "unitsPerUsd",
                        "rateDate",
                        "usd");
        categories = new EnumMap<>(BudgetCategory.class);
        for (BudgetCategory c : BudgetCategory.values()) {
            categories.put(c, context.label("budget.category." + c));
        }
        totalLabel = context.label("report.total");
        payments = payments(rows, 20250630L);
        check();
    }

    /**
     * Payments as the report query returns them: dates in order, four currencies, two-decimal
     * amounts.
     */
    static List<PaymentRow> payments(int count, long seed) {
        Random random = new Random(seed);
        String[] sources = {"EU-ECHO", "USAID-BHA", "UNHCR", "IOM"};
        String[] currencies = {"HNL", "USD", "EUR", "GTQ"};
        BigDecimal[] rates = {
            new BigDecimal("24.7350"),
            BigDecimal.ONE,
            new BigDecimal("0.921475"),
            new BigDecimal("7.7812")
        };
        BudgetCategory[] categories = BudgetCategory.values();
        LocalDate start = LocalDate.of(2023, 1, 2);
        List<PaymentRow> list = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            LocalDate date = start.plusDays((long) i * 900 / Math.max(count, 1));
            int center = random.nextInt(40) + 1;
            int c = random.nextInt(currencies.length);
            BigDecimal amount = BigDecimal.valueOf(random.nextInt(5_000_000) + 100, 2);
            BigDecimal rate = rates[c];
            list.add(
                    new PaymentRow(
                            date,
                            String.format("CR-%02d", center),
                            String.format("WP-%02d-%02d", center, random.nextInt(12) + 1),
                            sources[random.nextInt(sources.length)],
                            categories[random.nextInt(categories.length)],
                            String.format("PAY-%07d", i + 1),
                            amount,
                            currencies[c],
                            rate,
                            date.minusDays(random.nextInt(3)),
                            amount.divide(rate, 2, RoundingMode.HALF_EVEN)));
        }
        return list;
    }

    /**
     * The CPU time of the benchmark's thread in each operation, reported beside the wall-clock
     * time: steadier than it on a machine whose two cores other work shares.
     */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Cpu {

        private static final java.lang.management.ThreadMXBean THREADS =
                java.lang.management.ManagementFactory.getThreadMXBean();

        /** Milliseconds of CPU time in the iteration (one operation). */
        public double cpuMs;

        private long start;

        @Setup(Level.Invocation)
        public void start() {
            cpuMs = 0;
            start = THREADS.getCurrentThreadCpuTime();
        }

        void stop() {
            cpuMs = (THREADS.getCurrentThreadCpuTime() - start) / 1e6;
        }
    }

    @Benchmark
    public int rehabtrack(Cpu cpu) {
        int size = rehabtrack(payments).length;
        cpu.stop();
        return size;
    }

    @Benchmark
    public int poiSxssf(Cpu cpu) {
        int size = poiSxssf(payments).length;
        cpu.stop();
        return size;
    }

    @Benchmark
    public int fastexcel(Cpu cpu) {
        int size = fastexcel(payments).length;
        cpu.stop();
        return size;
    }

    /**
     * The report's own path: its workbook, styles and sheet writer, and BudgetReport's own loop.
     */
    byte[] rehabtrack(List<PaymentRow> rows) {
        try (ReportWorkbook workbook = new ReportWorkbook(title, subject)) {
            BudgetReport.writeTransactions(
                    workbook.sheet(SHEET), context, title, extraLines, rows, row -> {});
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /**
     * The same cells through plain SXSSF: styles made once, then createRow, createCell,
     * setCellValue.
     */
    byte[] poiSxssf(List<PaymentRow> rows) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(100);
        try {
            var core = workbook.getXSSFWorkbook().getProperties().getCoreProperties();
            core.setTitle(title);
            core.setSubjectProperty(subject);
            core.setCreator("RehabTrack");
            DataFormat format = workbook.createDataFormat();
            Font bold = workbook.createFont();
            bold.setBold(true);
            Font big = workbook.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            CellStyle titleStyle = workbook.createCellStyle();
            titleStyle.setFont(big);
            CellStyle plain = workbook.createCellStyle();
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            header.setBorderBottom(BorderStyle.THIN);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setWrapText(true);
            CellStyle money = workbook.createCellStyle();
            money.setDataFormat(format.getFormat(MONEY));
            CellStyle rate = workbook.createCellStyle();
            rate.setDataFormat(format.getFormat(RATE));
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(format.getFormat(DATE));
            CellStyle label = workbook.createCellStyle();
            label.setDataFormat(format.getFormat(INTEGER));
            label.setFont(bold);
            label.setBorderTop(BorderStyle.THIN);
            CellStyle moneyTotal = workbook.createCellStyle();
            moneyTotal.setDataFormat(format.getFormat(MONEY));
            moneyTotal.setFont(bold);
            moneyTotal.setBorderTop(BorderStyle.THIN);

            SXSSFSheet sheet = workbook.createSheet(SHEET);
            int r = 0;
            Cell cell = sheet.createRow(r++).createCell(0);
            cell.setCellValue(title);
            cell.setCellStyle(titleStyle);
            for (String line : titleLines) {
                cell = sheet.createRow(r++).createCell(0);
                cell.setCellValue(line);
                cell.setCellStyle(plain);
            }
            r++;
            int headerRow = r;
            Row row = sheet.createRow(r++);
            for (int c = 0; c < headers.size(); c++) {
                cell = row.createCell(c);
                cell.setCellValue(headers.get(c));
                cell.setCellStyle(header);
            }
            int first = r + 1;
            BigDecimal total = BigDecimal.ZERO;
            for (PaymentRow p : rows) {
                row = sheet.createRow(r++);
                cell = row.createCell(0);
                cell.setCellValue(p.date());
                cell.setCellStyle(date);
                cell = row.createCell(1);
                cell.setCellValue(p.center());
                cell.setCellStyle(plain);
                cell = row.createCell(2);
                cell.setCellValue(p.workPackage());
                cell.setCellStyle(plain);
                cell = row.createCell(3);
                cell.setCellValue(p.fundingSource());
                cell.setCellStyle(plain);
                cell = row.createCell(4);
                cell.setCellValue(categories.get(p.category()));
                cell.setCellStyle(plain);
                cell = row.createCell(5);
                cell.setCellValue(p.reference());
                cell.setCellStyle(plain);
                cell = row.createCell(6);
                cell.setCellValue(p.amount().doubleValue());
                cell.setCellStyle(money);
                cell = row.createCell(7);
                cell.setCellValue(p.currency());
                cell.setCellStyle(plain);
                cell = row.createCell(8);
                cell.setCellValue(p.unitsPerUsd().doubleValue());
                cell.setCellStyle(rate);
                cell = row.createCell(9);
                cell.setCellValue(p.rateDate());
                cell.setCellStyle(date);
                cell = row.createCell(10);
                cell.setCellValue(p.usd().doubleValue());
                cell.setCellStyle(money);
                total = total.add(p.usd());
            }
            row = sheet.createRow(r++);
            cell = row.createCell(0);
            cell.setCellValue(totalLabel);
            cell.setCellStyle(label);
            cell = row.createCell(10);
            cell.setCellFormula(
                    "SUM(K" + first + ":K" + Math.max(first + rows.size() - 1, first) + ")");
            cell.setCellValue(total.doubleValue());
            cell.setCellStyle(moneyTotal);

            sheet.createFreezePane(0, headerRow + 1);
            sheet.setAutoFilter(
                    new CellRangeAddress(
                            headerRow, Math.max(r - 1, headerRow + 1), 0, headers.size() - 1));
            sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
            for (int c = 0; c < WIDTHS.length; c++) {
                sheet.setColumnWidth(c, WIDTHS[c] * 256);
            }
            sheet.getPrintSetup().setLandscape(true);
            sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
            sheet.setFitToPage(true);
            sheet.getPrintSetup().setFitWidth((short) 1);
            sheet.getPrintSetup().setFitHeight((short) 0);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workbook.dispose();
        }
    }

    /**
     * The same cells through fastexcel, styled cell by cell as its API does it. fastexcel writes a
     * formula without a cached value (it has no call for one): the only difference in content.
     */
    byte[] fastexcel(List<PaymentRow> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (org.dhatim.fastexcel.Workbook workbook =
                new org.dhatim.fastexcel.Workbook(out, "RehabTrack", "1.0")) {
            workbook.properties().setTitle(title).setSubject(subject);
            Worksheet sheet = workbook.newWorksheet(SHEET);
            int headerRow = titleLines.size() + 2;
            // Written with the first rows flushed: widths, pane and page setup before them.
            for (int c = 0; c < WIDTHS.length; c++) {
                sheet.width(c, WIDTHS[c]);
            }
            sheet.freezePane(0, headerRow + 1);
            sheet.pageOrientation("landscape");
            sheet.paperSize(org.dhatim.fastexcel.PaperSize.A4_PAPER);
            sheet.setFitToPage(true);
            sheet.fitToWidth((short) 1);
            sheet.fitToHeight((short) 0);
            sheet.repeatRows(headerRow);

            int r = 0;
            sheet.value(r, 0, title);
            sheet.style(r, 0).bold().fontSize(14).set();
            r++;
            for (String line : titleLines) {
                sheet.value(r++, 0, line);
            }
            r++;
            for (int c = 0; c < headers.size(); c++) {
                sheet.value(r, c, headers.get(c));
                sheet.style(r, c)
                        .bold()
                        .borderStyle(
                                org.dhatim.fastexcel.BorderSide.BOTTOM,
                                org.dhatim.fastexcel.BorderStyle.THIN)
                        .fillColor("C0C0C0")
                        .wrapText(true)
                        .set();
            }
            r++;
            int first = r + 1;
            for (PaymentRow p : rows) {
                sheet.value(r, 0, p.date());
                sheet.style(r, 0).format(DATE).set();
                sheet.value(r, 1, p.center());
                sheet.value(r, 2, p.workPackage());
                sheet.value(r, 3, p.fundingSource());
                sheet.value(r, 4, categories.get(p.category()));
                sheet.value(r, 5, p.reference());
                sheet.value(r, 6, p.amount());
                sheet.style(r, 6).format(MONEY).set();
                sheet.value(r, 7, p.currency());
                sheet.value(r, 8, p.unitsPerUsd());
                sheet.style(r, 8).format(RATE).set();
                sheet.value(r, 9, p.rateDate());
                sheet.style(r, 9).format(DATE).set();
                sheet.value(r, 10, p.usd());
                sheet.style(r, 10).format(MONEY).set();
                r++;
                if (r % 100 == 0) {
                    sheet.flush();
                }
            }
            sheet.value(r, 0, totalLabel);
            sheet.style(r, 0)
                    .format(INTEGER)
                    .bold()
                    .borderStyle(
                            org.dhatim.fastexcel.BorderSide.TOP,
                            org.dhatim.fastexcel.BorderStyle.THIN)
                    .set();
            sheet.formula(
                    r, 10, "SUM(K" + first + ":K" + Math.max(first + rows.size() - 1, first) + ")");
            sheet.style(r, 10)
                    .format(MONEY)
                    .bold()
                    .borderStyle(
                            org.dhatim.fastexcel.BorderSide.TOP,
                            org.dhatim.fastexcel.BorderStyle.THIN)
                    .set();
            sheet.setAutoFilter(headerRow, 0, Math.max(r, headerRow + 1), headers.size() - 1);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Writes a small workbook each way and fails unless every cell matches the report's. */
    private void check() throws IOException {
        List<PaymentRow> sample = payments.subList(0, Math.min(CHECKED_ROWS, payments.size()));
        try (XSSFWorkbook expected = read(rehabtrack(sample));
                XSSFWorkbook plain = read(poiSxssf(sample));
                XSSFWorkbook fast = read(fastexcel(sample))) {
            compare("poiSxssf", expected.getSheet(SHEET), plain.getSheet(SHEET), true);
            compare("fastexcel", expected.getSheet(SHEET), fast.getSheet(SHEET), false);
        }
    }

    private static XSSFWorkbook read(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    private static void compare(
            String name, Sheet expected, Sheet actual, boolean cachedFormulaValues) {
        if (actual == null || expected.getLastRowNum() != actual.getLastRowNum()) {
            throw new IllegalStateException(
                    name
                            + ": not the report's rows: "
                            + expected.getLastRowNum()
                            + " vs "
                            + (actual == null ? "no sheet" : actual.getLastRowNum()));
        }
        if (!Objects.equals(
                expected.getPaneInformation().getHorizontalSplitPosition(),
                actual.getPaneInformation().getHorizontalSplitPosition())) {
            throw new IllegalStateException(name + ": not the report's frozen rows");
        }
        int cells = 0;
        for (int r = 0; r <= expected.getLastRowNum(); r++) {
            Row want = expected.getRow(r);
            Row got = actual.getRow(r);
            int wantCells = want == null ? 0 : want.getPhysicalNumberOfCells();
            int gotCells = got == null ? 0 : got.getPhysicalNumberOfCells();
            if (wantCells != gotCells) {
                throw new IllegalStateException(
                        name
                                + ": row "
                                + (r + 1)
                                + " has "
                                + gotCells
                                + " cells, not "
                                + wantCells);
            }
            if (want == null) {
                continue;
            }
            for (Cell w : want) {
                Cell g = got.getCell(w.getColumnIndex());
                String where = name + ": cell " + w.getAddress() + ": ";
                if (g == null || g.getCellType() != w.getCellType()) {
                    throw new IllegalStateException(
                            where
                                    + "type "
                                    + (g == null ? null : g.getCellType())
                                    + ", not "
                                    + w.getCellType());
                }
                switch (w.getCellType()) {
                    case STRING -> same(where, w.getStringCellValue(), g.getStringCellValue());
                    case NUMERIC -> same(where, w.getNumericCellValue(), g.getNumericCellValue());
                    case FORMULA -> {
                        same(where, w.getCellFormula(), g.getCellFormula());
                        if (cachedFormulaValues) {
                            same(where, w.getNumericCellValue(), g.getNumericCellValue());
                        }
                    }
                    default ->
                            throw new IllegalStateException(
                                    where + "unexpected type " + w.getCellType());
                }
                XSSFCellStyle ws = (XSSFCellStyle) w.getCellStyle();
                XSSFCellStyle gs = (XSSFCellStyle) g.getCellStyle();
                String wantFormat =
                        w.getCellType() == CellType.STRING && ws.getDataFormat() == 0
                                ? "General"
                                : ws.getDataFormatString();
                same(where + "format ", wantFormat, gs.getDataFormatString());
                same(where + "bold ", ws.getFont().getBold(), gs.getFont().getBold());
                cells++;
            }
        }
        System.out.println(
                "# "
                        + name
                        + " writes the report's "
                        + cells
                        + " cells in "
                        + (expected.getLastRowNum() + 1)
                        + " rows");
    }

    private static void same(String where, Object want, Object got) {
        if (!Objects.equals(want, got)) {
            throw new IllegalStateException(where + got + ", not " + want);
        }
    }
}
