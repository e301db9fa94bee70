package org.rehabtrack.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.zip.Deflater;
import javax.xml.namespace.QName;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTStylesheet;

/**
 * A report workbook written with SXSSF: rows stream to temporary files, which {@link #close()}
 * removes, so nothing is left behind whatever happens while writing.
 *
 * <p>It has a default cell style named "Normal", as Excel's own workbooks do (without one, openpyxl
 * warns "Workbook contains no default style"), and document properties: title, subject, author, the
 * date it was made, its language and keywords. Its printed footers say "page N of M" and the
 * cut-off date in the report's language, from its {@link ReportContext}.
 */
final class ReportWorkbook implements AutoCloseable {

    /** Rows kept in memory per sheet; older ones are flushed to the temporary file. */
    static final int WINDOW = 200;

    private final QuickSxssfWorkbook workbook = new QuickSxssfWorkbook(WINDOW);
    private final ReportStyles styles;
    private final Print print;

    /** The footer's texts: "page N of M" and the cut-off date, as header and footer codes. */
    record Print(String pages, String cutOff) {

        static Print of(ReportContext context) {
            if (context == null) {
                return new Print("&P / &N", "");
            }
            return new Print(
                    context.label("report.print.pages"),
                    context.label("report.print.cutOff", context.cutOff().toString()));
        }
    }

    /**
     * A workbook outside any report (a benchmark's): footers without a cut-off date, in English.
     */
    ReportWorkbook(String title, String subject) {
        this(null, title, subject);
    }

    /** A workbook for the given report. */
    ReportWorkbook(ReportContext context, String title) {
        this(context, title, context.label("report.organisation"));
    }

    private ReportWorkbook(ReportContext context, String title, String subject) {
        styles = new ReportStyles(workbook);
        normalStyle();
        print = Print.of(context);
        POIXMLProperties properties = workbook.getXSSFWorkbook().getProperties();
        POIXMLProperties.CoreProperties core = properties.getCoreProperties();
        core.setTitle(title);
        core.setSubjectProperty(subject);
        core.setCreator("RehabTrack");
        core.setLastModifiedByUser("RehabTrack");
        core.setCreated(
                java.util.Optional.of(
                        java.util.Date.from(
                                context == null
                                        ? java.time.Instant.now()
                                        : context.generatedAt())));
        if (context != null) {
            core.getUnderlyingProperties().setLanguageProperty(context.locale().getLanguage());
            core.setKeywords(context.label("report.print.cutOff", context.cutOff().toString()));
        }
        properties.getExtendedProperties().getUnderlyingProperties().setApplication("RehabTrack");
    }

    /**
     * Names the workbook's default cell format "Normal", Excel's built-in style 0: POI writes the
     * format but no named style for it.
     */
    private void normalStyle() {
        CTStylesheet sheet = workbook.getXSSFWorkbook().getStylesSource().getCTStylesheet();
        String namespace = sheet.getDomNode().getNamespaceURI();
        try (XmlCursor cursor = sheet.newCursor()) {
            // POI writes its formats and fonts into the stylesheet when the workbook is saved, each
            // in
            // its place in the schema's order, around this element.
            cursor.toEndToken();
            cursor.beginElement(new QName(namespace, "cellStyles"));
            cursor.insertAttributeWithValue("count", "1");
            cursor.beginElement(new QName(namespace, "cellStyle"));
            cursor.insertAttributeWithValue("name", "Normal");
            cursor.insertAttributeWithValue("xfId", "0");
            cursor.insertAttributeWithValue("builtinId", "0");
        }
    }

    SheetWriter sheet(String name) {
        return sheet(name, true);
    }

    /**
     * A sheet whose rows past the first go straight to its XML, or, for the test that compares
     * both, all through SXSSF's row and cell objects.
     */
    SheetWriter sheet(String name, boolean straightRows) {
        SXSSFSheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(name));
        return new SheetWriter(sheet, workbook.latestWriter, straightRows, styles, print);
    }

    /** The workbook written to a temporary file, to be streamed to the client. */
    WorkbookFile file() {
        return WorkbookFile.of(workbook);
    }

    /** The workbook written to a stream (the writer benchmark writes it to memory). */
    void write(OutputStream out) {
        try {
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workbook.dispose();
        }
    }

    /**
     * SXSSF writing each sheet's rows through a {@link QuickSheetDataWriter}, and the workbook's
     * zip at a fast compression level instead of the default. The transactions sheet's XML takes
     * about 600 bytes a payment: for a million payments, the default level took 10 s of a 30 s
     * report, the fastest 4 s, for a file 30% larger (79 MB instead of 61). The temporary sheet
     * files are left uncompressed, as POI writes them by default: gzipping them, even at the
     * fastest level, cost more time than it saved in reading them back (docs/benchmarks.md); they
     * are removed by {@link #close()}.
     */
    private static final class QuickSxssfWorkbook extends SXSSFWorkbook {

        /** The writer of the sheet created last: SXSSF makes one as it creates each sheet. */
        private QuickSheetDataWriter latestWriter;

        QuickSxssfWorkbook(int window) {
            super(window);
        }

        @Override
        protected SheetDataWriter createSheetDataWriter() throws IOException {
            latestWriter = new QuickSheetDataWriter();
            return latestWriter;
        }

        @Override
        protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream stream) {
            ZipArchiveOutputStream zip = super.createArchiveOutputStream(stream);
            zip.setLevel(Deflater.BEST_SPEED);
            return zip;
        }
    }
}
