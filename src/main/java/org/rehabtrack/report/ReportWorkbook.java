package org.rehabtrack.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A report workbook written with SXSSF: rows stream to compressed temporary files, which
 * {@link #close()} removes, so nothing is left behind whatever happens while writing.
 */
final class ReportWorkbook implements AutoCloseable {

    /** Rows kept in memory per sheet; older ones are flushed to the temporary file. */
    private static final int WINDOW = 200;

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
    private final ReportStyles styles;

    ReportWorkbook(String title, String subject) {
        workbook.setCompressTempFiles(true);
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
}
