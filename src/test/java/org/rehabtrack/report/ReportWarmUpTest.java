package org.rehabtrack.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The start-up warm-up writes a budget workbook and leaves nothing of it behind. */
@QuarkusTest
class ReportWarmUpTest {

    @Inject ReportWarmUp warmUp;

    @Test
    void writesABudgetWorkbookAndRemovesIt() throws IOException {
        long before = workbooksWaiting();
        assertTrue(warmUp.run(), "the warm-up wrote its workbook");
        assertEquals(before, workbooksWaiting());
    }

    /** Workbooks written and not yet sent, in the temporary folder. */
    private static long workbooksWaiting() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(f -> f.getFileName().toString().startsWith("rehabtrack-report-"))
                    .count();
        }
    }
}
