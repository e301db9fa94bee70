package org.rehabtrack.preliminary;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.rehabtrack.system.money.Money;
import org.rehabtrack.system.problem.ApiException;
import org.rehabtrack.system.problem.ApiException.FieldProblem;
import org.rehabtrack.system.problem.ApiException.Message;
import org.rehabtrack.system.problem.ProblemType;

/**
 * Reads a bill of quantities from an uploaded workbook, which is not trusted: only .xlsx, at most
 * so many rows, POI's zip-bomb check left on and each part capped in size. Every cell is checked;
 * all errors are reported together, each with its cell ("F7"), and nothing is returned unless
 * every row is right.
 */
final class BoqWorkbookReader {

    /** No sheet of a legitimate bill of quantities expands to more than this. */
    private static final long MAX_PART_BYTES = 64L * 1024 * 1024;
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final DataFormatter TEXT = new DataFormatter();

    static {
        ZipSecureFile.setMaxEntrySize(MAX_PART_BYTES);
    }

    private final int maxRows;
    private final List<FieldProblem> problems = new ArrayList<>();

    private BoqWorkbookReader(int maxRows) {
        this.maxRows = maxRows;
    }

    static List<ChapterContent> read(Path file, int maxRows) {
        return new BoqWorkbookReader(maxRows).readFile(file);
    }

    private List<ChapterContent> readFile(Path file) {
        if (!startsLikeAZip(file)) {
            throw notAWorkbook();
        }
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
                XSSFWorkbook workbook = new XSSFWorkbook(pkg)) {
            return readSheet(workbook.getSheetAt(0));
        } catch (ApiException e) {
            throw e;
        } catch (NotOfficeXmlFileException | InvalidFormatException e) {
            throw notAWorkbook();
        } catch (IOException | RuntimeException e) {
            if (isZipBomb(e)) {
                throw ApiException.refused(ProblemType.TOO_LARGE, "boq.expandsTooMuch");
            }
            throw notAWorkbook();
        }
    }

    private List<ChapterContent> readSheet(Sheet sheet) {
        if (sheet.getLastRowNum() > maxRows) {
            throw ApiException.refused(ProblemType.TOO_LARGE, "boq.tooManyRows", maxRows);
        }
        checkHeader(sheet.getRow(0));
        Map<String, ChapterContent> chapters = new LinkedHashMap<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null || isBlank(row)) {
                continue;
            }
            readLine(row, chapters);
        }
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
        if (chapters.isEmpty()) {
            throw ApiException.invalidField("file", "boq.noLines");
        }
        return new ArrayList<>(chapters.values());
    }

    private void checkHeader(Row header) {
        for (BoqColumn column : BoqColumn.values()) {
            String text = header == null ? null : text(header.getCell(column.index()));
            if (!column.matches(text)) {
                problems.add(problem(column, 0, "boq.wrongHeader", column.header(false), column.header(true)));
            }
        }
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
    }

    private void readLine(Row row, Map<String, ChapterContent> chapters) {
        int before = problems.size();
        String chapterCode = required(row, BoqColumn.CHAPTER_CODE, ChapterContent.CODE_MAX);
        String chapterTitle = required(row, BoqColumn.CHAPTER_TITLE, ChapterContent.TITLE_MAX);
        LineContent line = new LineContent();
        line.itemCode = required(row, BoqColumn.ITEM_CODE, LineContent.CODE_MAX);
        line.description = required(row, BoqColumn.DESCRIPTION, LineContent.DESCRIPTION_MAX);
        line.unit = required(row, BoqColumn.UNIT, LineContent.UNIT_MAX);
        line.quantity = number(row, BoqColumn.QUANTITY, LineContent.QUANTITY_DECIMALS);
        BigDecimal price = number(row, BoqColumn.UNIT_PRICE, 2);
        String currency = required(row, BoqColumn.CURRENCY, 3);
        if (currency != null && !isCurrency(currency)) {
            problems.add(problem(BoqColumn.CURRENCY, row.getRowNum(), "boq.unknownCurrency", currency));
        }
        if (problems.size() > before) {
            return;
        }
        line.unitPrice = new Money(price, currency);
        ChapterContent chapter = chapters.computeIfAbsent(chapterCode, code -> {
            ChapterContent created = new ChapterContent();
            created.code = code;
            created.title = chapterTitle;
            return created;
        });
        if (!chapter.title.equals(chapterTitle)) {
            problems.add(problem(BoqColumn.CHAPTER_TITLE, row.getRowNum(), "boq.chapterTitleDiffers", chapterCode,
                    chapter.title));
            return;
        }
        chapter.lines.add(line);
    }

    private String required(Row row, BoqColumn column, int maxLength) {
        String value = text(row.getCell(column.index()));
        if (value == null || value.isBlank()) {
            problems.add(problem(column, row.getRowNum(), "boq.required"));
            return null;
        }
        if (value.strip().length() > maxLength) {
            problems.add(problem(column, row.getRowNum(), "boq.tooLong", maxLength));
            return null;
        }
        return value.strip();
    }

    private BigDecimal number(Row row, BoqColumn column, int decimals) {
        Cell cell = row.getCell(column.index());
        CellType type = cell == null ? CellType.BLANK
                : cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.BLANK) {
            problems.add(problem(column, row.getRowNum(), "boq.required"));
            return null;
        }
        if (type != CellType.NUMERIC) {
            problems.add(problem(column, row.getRowNum(), "boq.notANumber", text(cell)));
            return null;
        }
        double raw = cell.getNumericCellValue();
        if (!Double.isFinite(raw)) {
            problems.add(problem(column, row.getRowNum(), "boq.notANumber", text(cell)));
            return null;
        }
        BigDecimal value = BigDecimal.valueOf(raw);
        if (value.signum() < 0) {
            problems.add(problem(column, row.getRowNum(), "boq.negative"));
            return null;
        }
        if (value.stripTrailingZeros().scale() > decimals) {
            problems.add(problem(column, row.getRowNum(), "boq.tooManyDecimals", decimals));
            return null;
        }
        if (value.compareTo(new BigDecimal("1e12")) >= 0) {
            problems.add(problem(column, row.getRowNum(), "boq.tooLarge"));
            return null;
        }
        return value;
    }

    private static FieldProblem problem(BoqColumn column, int rowIndex, String key, Object... args) {
        String cell = column.letter() + (rowIndex + 1);
        Object[] all = new Object[args.length + 3];
        all[0] = rowIndex + 1;
        all[1] = column.letter();
        all[2] = new Message("boq.column." + column.name());
        System.arraycopy(args, 0, all, 3, args.length);
        return new FieldProblem(cell, new Message(key, all));
    }

    private static String text(Cell cell) {
        return cell == null ? null : TEXT.formatCellValue(cell);
    }

    private static boolean isBlank(Row row) {
        for (BoqColumn column : BoqColumn.values()) {
            if (column != BoqColumn.AMOUNT) {
                String value = text(row.getCell(column.index()));
                if (value != null && !value.isBlank()) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean isCurrency(String code) {
        try {
            return Currency.getInstance(code).getCurrencyCode().equals(code);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean startsLikeAZip(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(ZIP_MAGIC.length);
            return java.util.Arrays.equals(head, ZIP_MAGIC);
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean isZipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = t.getMessage();
            if (message != null && (message.contains("Zip bomb") || message.contains("MaxEntrySize")
                    || message.contains("max entry size"))) {
                return true;
            }
        }
        return false;
    }

    private static ApiException notAWorkbook() {
        return ApiException.refused(ProblemType.UNSUPPORTED_MEDIA_TYPE, "boq.notAWorkbook");
    }
}
