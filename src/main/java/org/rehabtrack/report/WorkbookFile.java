package org.rehabtrack.report;

import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A written workbook waiting in a temporary file to be sent: streamed from disk to the client, then
 * removed, so that a large workbook never sits in memory whole.
 */
final class WorkbookFile implements StreamingOutput {

    private final Path path;

    private WorkbookFile(Path path) {
        this.path = path;
    }

    /** Writes a workbook to a new temporary file. */
    static WorkbookFile of(org.apache.poi.ss.usermodel.Workbook workbook) {
        Path path = null;
        try {
            path = Files.createTempFile("rehabtrack-report-", ".xlsx");
            try (OutputStream out = Files.newOutputStream(path)) {
                workbook.write(out);
            }
            return new WorkbookFile(path);
        } catch (IOException | RuntimeException e) {
            delete(path);
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
    }

    /** The temporary file, for the archive to copy. */
    Path path() {
        return path;
    }

    long size() {
        try {
            return Files.size(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends the workbook and removes its file, whether or not the client took all of it. */
    @Override
    public void write(OutputStream output) throws IOException {
        try {
            Files.copy(path, output);
        } finally {
            delete(path);
        }
    }

    /** Removes the workbook unsent. */
    void discard() {
        delete(path);
    }

    private static void delete(Path path) {
        if (path != null) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
