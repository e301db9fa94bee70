package org.rehabtrack.report;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.GZIPSheetDataWriter;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * A report workbook written with SXSSF: rows stream to compressed temporary files, which
 * {@link #close()} removes, so nothing is left behind whatever happens while writing.
 */
final class ReportWorkbook implements AutoCloseable {

    /** Rows kept in memory per sheet; older ones are flushed to the temporary file. */
    private static final int WINDOW = 200;

    private final SXSSFWorkbook workbook = new FastCompressingWorkbook(WINDOW);
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
     * SXSSF with its temporary sheet files gzipped at the fastest level instead of POI's default.
     * Uncompressed, the transactions sheet's XML takes about 600 bytes a payment (600 MB for a
     * million); the fastest level makes that 7 times smaller, the default 10 times, but the
     * default took 60% more CPU than writing the cells themselves, the fastest 25%
     * (TransactionsWriterBenchmark). Only the temporary files change: the workbook is the same.
     */
    private static final class FastCompressingWorkbook extends SXSSFWorkbook {

        FastCompressingWorkbook(int window) {
            super(window);
            setCompressTempFiles(true);
        }

        @Override
        protected SheetDataWriter createSheetDataWriter() throws IOException {
            return new GZIPSheetDataWriter(getSharedStringSource()) {
                @Override
                protected OutputStream decorateOutputStream(FileOutputStream out) throws IOException {
                    return new GZIPOutputStream(out, 64 * 1024) {
                        {
                            def.setLevel(Deflater.BEST_SPEED);
                        }
                    };
                }
            };
        }
    }
}
