package org.rehabtrack.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * A report workbook written with SXSSF: rows stream to temporary files, which
 * {@link #close()} removes, so nothing is left behind whatever happens while writing.
 */
final class ReportWorkbook implements AutoCloseable {

    /** Rows kept in memory per sheet; older ones are flushed to the temporary file. */
    private static final int WINDOW = 200;

    private final SXSSFWorkbook workbook = new QuickSxssfWorkbook(WINDOW);
    private final ReportStyles styles;

    ReportWorkbook(String title, String subject) {
        styles = new ReportStyles(workbook);
        POIXMLProperties.CoreProperties core = workbook.getXSSFWorkbook().getProperties().getCoreProperties();
        core.setTitle(title);
        core.setSubjectProperty(subject);
        core.setCreator("RehabTrack");
    }

    SheetWriter sheet(String name) {
        return new SheetWriter(workbook.createSheet(WorkbookUtil.createSafeSheetName(name)), styles);
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
     * SXSSF writing each sheet's rows through a {@link QuickSheetDataWriter}, and the workbook's zip
     * at a fast compression level instead of the default. The transactions sheet's XML takes about
     * 600 bytes a payment: for a million payments, the default level took 10 s of a 30 s report, the
     * fastest 4 s, for a file 30% larger (79 MB instead of 61). The temporary sheet files are left
     * uncompressed, as POI writes them by default: gzipping them, even at the fastest level, cost
     * more time than it saved in reading them back (docs/benchmarks.md); they are removed by
     * {@link #close()}.
     */
    private static final class QuickSxssfWorkbook extends SXSSFWorkbook {

        QuickSxssfWorkbook(int window) {
            super(window);
        }

        @Override
        protected SheetDataWriter createSheetDataWriter() throws IOException {
            return new QuickSheetDataWriter();
        }

        @Override
        protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream stream) {
            ZipArchiveOutputStream zip = super.createArchiveOutputStream(stream);
            zip.setLevel(Deflater.BEST_SPEED);
            return zip;
        }
    }
}
