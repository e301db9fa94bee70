package org.rehabtrack.preliminary;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.rehabtrack.system.Refusal;
import org.rehabtrack.system.Refusal.FieldProblem;
import org.rehabtrack.system.Refusal.Message;
import org.rehabtrack.system.Refusal.Reason;
import org.rehabtrack.system.money.Money;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads a bill of quantities from an uploaded workbook, which is not trusted. The first sheet is
 * read as a stream of SAX events (POI's event API), never as a whole workbook in memory, so the row
 * and cell limits stop the read as soon as they are passed. Only .xlsx; every zip entry's declared
 * size and inflate ratio checked before anything is parsed, and POI's zip-bomb check left on while
 * reading; the styles and shared strings capped in size and count; no cell longer than a
 * spreadsheet allows. POI's SAX parser refuses any DOCTYPE, so no entity is ever expanded.
 *
 * <p>Every cell is checked; all errors are reported together, each with its cell ("F7"), and
 * nothing is returned unless every row is right. A formula cell counts by its cached value; a
 * formula without one is a row error: its text is never imported.
 */
final class BoqWorkbookReader {

    /** No part of a legitimate bill of quantities expands to more than this. */
    private static final long MAX_PART_BYTES = 64L * 1024 * 1024;

    /** Styles are parsed into memory whole: a real workbook's are a few kilobytes. */
    private static final long MAX_STYLES_BYTES = 8L * 1024 * 1024;

    /** Shared strings are held in memory: 5000 lines of 1000-character descriptions fit. */
    private static final long MAX_STRINGS_BYTES = 16L * 1024 * 1024;

    /**
     * Excel's own limit on the characters of a cell; anything longer was not written by a
     * spreadsheet.
     */
    private static final int MAX_CELL_CHARS = 32_767;

    /** Below this many bytes an entry's inflate ratio is not judged (as POI's own grace size). */
    private static final long RATIO_GRACE_BYTES = 100 * 1024;

    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final int COLUMNS = BoqColumn.values().length;

    static {
        ZipSecureFile.setMaxEntrySize(MAX_PART_BYTES);
    }

    private final int maxRows;
    private final int maxCells;
    private final List<FieldProblem> problems = new ArrayList<>();
    private final Map<String, ChapterContent> chapters = new LinkedHashMap<>();

    private BoqWorkbookReader(int maxRows, int maxCells) {
        this.maxRows = maxRows;
        this.maxCells = maxCells;
    }

    static List<ChapterContent> read(Path file, BoqImportConfig limits) {
        return read(file, limits.maxRows(), limits.maxCells());
    }

    static List<ChapterContent> read(Path file, int maxRows, int maxCells) {
        return new BoqWorkbookReader(maxRows, maxCells).readFile(file);
    }

    private List<ChapterContent> readFile(Path file) {
        if (!startsLikeAZip(file)) {
            throw notAWorkbook();
        }
        checkDeclaredSizes(file);
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            StylesTable styles = styles(pkg);
            SharedStrings strings = sharedStrings(pkg);
            XSSFReader.SheetIterator sheets = reader.getSheetIterator();
            if (!sheets.hasNext()) {
                throw notAWorkbook();
            }
            Sheet sheet = new Sheet(styles, strings);
            try (InputStream in = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(sheet.events);
                parser.parse(new InputSource(in));
            }
            return sheet.result();
        } catch (Stop e) {
            throw e.answer;
        } catch (Refusal e) {
            throw e;
        } catch (IOException
                | SAXException
                | OpenXML4JException
                | ParserConfigurationException
                | RuntimeException e) {
            Stop stop = causeOfType(e, Stop.class);
            if (stop != null) {
                throw stop.answer;
            }
            if (causeOfType(e, PartTooLarge.class) != null || isZipBomb(e)) {
                throw expandsTooMuch();
            }
            throw notAWorkbook();
        }
    }

    /**
     * The zip's central directory says how large each entry expands and how well it compresses:
     * refuse a bomb before reading a byte of it. A directory that lies is caught while reading, by
     * POI's checks on what actually comes out.
     */
    private static void checkDeclaredSizes(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                long size = entry.getSize();
                long compressed = entry.getCompressedSize();
                if (size > MAX_PART_BYTES
                        || (size > RATIO_GRACE_BYTES
                                && compressed >= 0
                                && (double) compressed / size
                                        < ZipSecureFile.getMinInflateRatio())) {
                    throw expandsTooMuch();
                }
            }
        } catch (IOException e) {
            throw notAWorkbook();
        }
    }

    private static StylesTable styles(OPCPackage pkg) throws IOException {
        PackagePart part = firstPart(pkg, XSSFRelation.STYLES.getContentType());
        if (part == null) {
            return null;
        }
        try (InputStream in = new Capped(part.getInputStream(), MAX_STYLES_BYTES)) {
            return new StylesTable(in);
        }
    }

    private SharedStrings sharedStrings(OPCPackage pkg) throws IOException, SAXException {
        PackagePart part = firstPart(pkg, XSSFRelation.SHARED_STRINGS.getContentType());
        Strings strings = new Strings(maxCells);
        if (part != null) {
            try (InputStream in = new Capped(part.getInputStream(), MAX_STRINGS_BYTES)) {
                strings.readFrom(in);
            }
        }
        return strings;
    }

    private static PackagePart firstPart(OPCPackage pkg, String contentType) {
        List<PackagePart> parts = pkg.getPartsByContentType(contentType);
        return parts.isEmpty() ? null : parts.get(0);
    }

    /**
     * One cell as the sheet holds it: the text a spreadsheet shows, and for a number its exact
     * value.
     */
    private record Value(Kind kind, String text, String raw) {}

    private enum Kind {
        TEXT,
        NUMBER,
        /** A formula that carries no usable result: none saved, or an error. */
        FORMULA_WITHOUT_VALUE
    }

    /** The first sheet, row by row, as the SAX events come. */
    private final class Sheet implements SheetContentsHandler {

        final Events events;
        private Value[] row = new Value[COLUMNS];
        private int rowNum;
        private int lastColumn;
        private boolean headerChecked;

        /**
         * A wrong header is answered alone; the rows under it are then only counted, for the row
         * limit.
         */
        private boolean headerWrong;

        Sheet(StylesTable styles, SharedStrings strings) {
            this.events = new Events(styles, strings, this);
        }

        @Override
        public void startRow(int rowNum) {
            if (rowNum > maxRows) {
                throw new Stop(Refusal.refused(Reason.TOO_LARGE, "boq.tooManyRows", maxRows));
            }
            if (!headerChecked && rowNum > 0) {
                checkHeader(new Value[COLUMNS]);
            }
            this.rowNum = rowNum;
            this.lastColumn = -1;
            Arrays.fill(row, null);
        }

        @Override
        public void cell(String reference, String formatted, XSSFComment comment) {
            int column = reference == null ? lastColumn + 1 : column(reference);
            lastColumn = column;
            if (column < 0 || column >= COLUMNS) {
                return;
            }
            row[column] = events.value(formatted);
        }

        /** A formula cell with no cached value: no cell event comes for it. */
        void formulaWithoutValue(String reference) {
            int column = reference == null ? lastColumn + 1 : column(reference);
            lastColumn = column;
            if (column >= 0 && column < COLUMNS) {
                row[column] = new Value(Kind.FORMULA_WITHOUT_VALUE, null, null);
            }
        }

        @Override
        public void endRow(int rowNum) {
            if (rowNum == 0) {
                checkHeader(row);
            } else if (!headerWrong && !isBlank(row)) {
                readLine(rowNum, row);
            }
        }

        List<ChapterContent> result() {
            if (!headerChecked) {
                checkHeader(new Value[COLUMNS]);
            }
            if (!problems.isEmpty()) {
                throw Refusal.invalid(problems);
            }
            if (chapters.isEmpty()) {
                throw Refusal.invalidField("file", "boq.noLines");
            }
            return new ArrayList<>(chapters.values());
        }

        private void checkHeader(Value[] header) {
            headerChecked = true;
            for (BoqColumn column : BoqColumn.values()) {
                Value value = header[column.index()];
                if (!column.matches(value == null ? null : value.text())) {
                    problems.add(
                            problem(
                                    column,
                                    0,
                                    "boq.wrongHeader",
                                    column.header(false),
                                    column.header(true)));
                    headerWrong = true;
                }
            }
        }
    }

    /**
     * POI's sheet handler, which gives each cell's shown text, with what it leaves out: the cell's
     * type and exact number, whether it is a formula without a cached value, and the limits on
     * cells and characters, checked as each element starts.
     */
    private final class Events extends XSSFSheetXMLHandler {

        private final Sheet sheet;
        private final StringBuilder raw = new StringBuilder(32);
        private int cells;
        private long characters;
        private boolean inCell;
        private boolean inValue;
        private boolean formula;
        private boolean valueSeen;
        private String type;
        private String reference;

        Events(StylesTable styles, SharedStrings strings, Sheet sheet) {
            super(styles, strings, sheet, new DataFormatter(), false);
            this.sheet = sheet;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes)
                throws SAXException {
            if (!inCell) {
                characters = 0;
            }
            if (isSheetMl(uri)) {
                switch (localName) {
                    case "c" -> {
                        if (++cells > maxCells) {
                            throw new Stop(
                                    Refusal.refused(
                                            Reason.TOO_LARGE, "boq.tooManyCells", maxCells));
                        }
                        inCell = true;
                        characters = 0;
                        formula = false;
                        valueSeen = false;
                        type = attributes.getValue("t");
                        reference = attributes.getValue("r");
                    }
                    case "f" -> formula = true;
                    case "v" -> {
                        inValue = true;
                        valueSeen = true;
                        raw.setLength(0);
                    }
                    default -> {}
                }
            }
            super.startElement(uri, localName, qName, attributes);
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            if (isSheetMl(uri) && "v".equals(localName)) {
                inValue = false;
            }
            super.endElement(uri, localName, qName);
            if (isSheetMl(uri) && "c".equals(localName)) {
                if (formula && !valueSeen) {
                    sheet.formulaWithoutValue(reference);
                }
                inCell = false;
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            characters += length;
            if (characters > MAX_CELL_CHARS) {
                throw new Stop(expandsTooMuch());
            }
            if (inValue) {
                raw.append(ch, start, length);
            }
            super.characters(ch, start, length);
        }

        /** The current cell, given the text POI made of it. */
        Value value(String formatted) {
            String text = formatted == null ? "" : formatted;
            if ("e".equals(type)) {
                // An error: as a formula's result it is no value; typed, it is text like any other.
                return formula
                        ? new Value(Kind.FORMULA_WITHOUT_VALUE, null, null)
                        : new Value(Kind.TEXT, raw.toString(), null);
            }
            if (type == null || "n".equals(type)) {
                return new Value(Kind.NUMBER, text, raw.toString().strip());
            }
            return new Value(Kind.TEXT, text, null);
        }

        private static boolean isSheetMl(String uri) {
            return uri == null || uri.equals(XSSFRelation.NS_SPREADSHEETML);
        }
    }

    /**
     * POI's read-only shared strings, with no more strings than the workbook may have cells and
     * none longer than a cell allows; its list is not sized by the count the file claims.
     */
    private static final class Strings extends ReadOnlySharedStringsTable {

        private final int limit;
        private int seen;
        private long characters;

        Strings(int limit) throws IOException, SAXException {
            super(InputStream.nullInputStream(), false);
            this.limit = limit;
        }

        @Override
        public void startElement(String uri, String localName, String name, Attributes attributes)
                throws SAXException {
            if ("sst".equals(localName)) {
                String claimed = attributes.getValue("uniqueCount");
                try {
                    if (claimed != null && Long.parseLong(claimed.strip()) > limit) {
                        throw new Stop(
                                Refusal.refused(Reason.TOO_LARGE, "boq.tooManyCells", limit));
                    }
                } catch (NumberFormatException e) {
                    throw new SAXException("uniqueCount is not a number", e);
                }
            } else if ("si".equals(localName)) {
                characters = 0;
                if (++seen > limit) {
                    throw new Stop(Refusal.refused(Reason.TOO_LARGE, "boq.tooManyCells", limit));
                }
            }
            super.startElement(uri, localName, name, attributes);
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            characters += length;
            if (characters > MAX_CELL_CHARS) {
                throw new Stop(expandsTooMuch());
            }
            super.characters(ch, start, length);
        }
    }

    private void readLine(int rowIndex, Value[] row) {
        int before = problems.size();
        String chapterCode =
                required(row, rowIndex, BoqColumn.CHAPTER_CODE, ChapterContent.CODE_MAX);
        String chapterTitle =
                required(row, rowIndex, BoqColumn.CHAPTER_TITLE, ChapterContent.TITLE_MAX);
        LineContent line = new LineContent();
        line.itemCode = required(row, rowIndex, BoqColumn.ITEM_CODE, LineContent.CODE_MAX);
        line.description =
                required(row, rowIndex, BoqColumn.DESCRIPTION, LineContent.DESCRIPTION_MAX);
        line.unit = required(row, rowIndex, BoqColumn.UNIT, LineContent.UNIT_MAX);
        line.quantity = number(row, rowIndex, BoqColumn.QUANTITY, LineContent.QUANTITY_DECIMALS);
        BigDecimal price = number(row, rowIndex, BoqColumn.UNIT_PRICE, 2);
        String currency = required(row, rowIndex, BoqColumn.CURRENCY, 3);
        if (currency != null && !isCurrency(currency)) {
            problems.add(problem(BoqColumn.CURRENCY, rowIndex, "boq.unknownCurrency", currency));
        }
        if (problems.size() > before) {
            return;
        }
        line.unitPrice = new Money(price, currency);
        ChapterContent chapter =
                chapters.computeIfAbsent(
                        chapterCode,
                        code -> {
                            ChapterContent created = new ChapterContent();
                            created.code = code;
                            created.title = chapterTitle;
                            return created;
                        });
        if (!chapter.title.equals(chapterTitle)) {
            problems.add(
                    problem(
                            BoqColumn.CHAPTER_TITLE,
                            rowIndex,
                            "boq.chapterTitleDiffers",
                            chapterCode,
                            chapter.title));
            return;
        }
        chapter.lines.add(line);
    }

    private String required(Value[] row, int rowIndex, BoqColumn column, int maxLength) {
        Value cell = row[column.index()];
        if (cell != null && cell.kind() == Kind.FORMULA_WITHOUT_VALUE) {
            problems.add(problem(column, rowIndex, "boq.formulaWithoutValue"));
            return null;
        }
        String value = cell == null ? null : cell.text();
        if (value == null || value.isBlank()) {
            problems.add(problem(column, rowIndex, "boq.required"));
            return null;
        }
        if (value.strip().length() > maxLength) {
            problems.add(problem(column, rowIndex, "boq.tooLong", maxLength));
            return null;
        }
        return value.strip();
    }

    private BigDecimal number(Value[] row, int rowIndex, BoqColumn column, int decimals) {
        Value cell = row[column.index()];
        if (cell == null || (cell.kind() == Kind.NUMBER && cell.raw().isEmpty())) {
            problems.add(problem(column, rowIndex, "boq.required"));
            return null;
        }
        if (cell.kind() == Kind.FORMULA_WITHOUT_VALUE) {
            problems.add(problem(column, rowIndex, "boq.formulaWithoutValue"));
            return null;
        }
        double raw = cell.kind() == Kind.NUMBER ? parse(cell.raw()) : Double.NaN;
        if (!Double.isFinite(raw)) {
            problems.add(problem(column, rowIndex, "boq.notANumber", cell.text()));
            return null;
        }
        BigDecimal value = BigDecimal.valueOf(raw);
        if (value.signum() < 0) {
            problems.add(problem(column, rowIndex, "boq.negative"));
            return null;
        }
        if (value.stripTrailingZeros().scale() > decimals) {
            problems.add(problem(column, rowIndex, "boq.tooManyDecimals", decimals));
            return null;
        }
        if (value.compareTo(new BigDecimal("1e12")) >= 0) {
            problems.add(problem(column, rowIndex, "boq.tooLarge"));
            return null;
        }
        return value;
    }

    private static double parse(String raw) {
        try {
            return Double.parseDouble(raw);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static FieldProblem problem(
            BoqColumn column, int rowIndex, String key, Object... args) {
        String cell = column.letter() + (rowIndex + 1);
        Object[] all = new Object[args.length + 3];
        all[0] = rowIndex + 1;
        all[1] = column.letter();
        all[2] = new Message("boq.column." + column.name());
        System.arraycopy(args, 0, all, 3, args.length);
        return new FieldProblem(cell, new Message(key, all));
    }

    private static boolean isBlank(Value[] row) {
        for (BoqColumn column : BoqColumn.values()) {
            Value value = row[column.index()];
            if (column != BoqColumn.AMOUNT
                    && value != null
                    && (value.kind() == Kind.FORMULA_WITHOUT_VALUE || !value.text().isBlank())) {
                return false;
            }
        }
        return true;
    }

    /**
     * The zero-based column of a cell reference ("F7" is 5); -1 for a reference without letters.
     */
    private static int column(String reference) {
        int column = 0;
        int i = 0;
        while (i < reference.length()
                && Character.isLetter(reference.charAt(i))
                && column < 100_000) {
            column = column * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
            i++;
        }
        return column - 1;
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
            return Arrays.equals(head, ZIP_MAGIC);
        } catch (IOException e) {
            return false;
        }
    }

    private static <T extends Throwable> T causeOfType(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
            if (t instanceof SAXException sax
                    && sax.getException() != null
                    && sax.getException() != t.getCause()) {
                T inner = causeOfType(sax.getException(), type);
                if (inner != null) {
                    return inner;
                }
            }
        }
        return null;
    }

    private static boolean isZipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = t.getMessage();
            if (message != null
                    && (message.contains("Zip bomb")
                            || message.contains("MaxEntrySize")
                            || message.contains("max entry size"))) {
                return true;
            }
        }
        return false;
    }

    private static Refusal expandsTooMuch() {
        return Refusal.refused(Reason.TOO_LARGE, "boq.expandsTooMuch");
    }

    private static Refusal notAWorkbook() {
        return Refusal.refused(Reason.UNSUPPORTED_MEDIA_TYPE, "boq.notAWorkbook");
    }

    /**
     * Stops the read the moment a limit is passed, out of the SAX handler, with the answer to give.
     */
    private static final class Stop extends RuntimeException {
        final Refusal answer;

        Stop(Refusal answer) {
            super(null, null, false, false);
            this.answer = answer;
        }
    }

    /** A part that expands past its cap while it is read. */
    private static final class PartTooLarge extends IOException {
        PartTooLarge() {
            super("part expands past its cap");
        }
    }

    /** Reads at most so many bytes of a part, then fails. */
    private static final class Capped extends FilterInputStream {
        private long left;

        Capped(InputStream in, long max) {
            super(in);
            this.left = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0 && --left < 0) {
                throw new PartTooLarge();
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0 && (left -= n) < 0) {
                throw new PartTooLarge();
            }
            return n;
        }
    }
}
