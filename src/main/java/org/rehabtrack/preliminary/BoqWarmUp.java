package org.rehabtrack.preliminary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jboss.logging.Logger;
import org.rehabtrack.system.Listening;
import org.rehabtrack.system.Refusal;
import org.rehabtrack.system.RehabtrackConfig;

/**
 * Writes the empty bill-of-quantities template once, in the background, when the service starts,
 * and reads it back as an upload is read: the first upload then finds POI's streaming reader loaded
 * and compiled (a cold first read of a million-row file took 6 s, later ones about 1 s;
 * docs/benchmarks.md). Readiness does not wait for it; it follows {@code
 * rehabtrack.reports.warm-up}, which the tests turn off.
 */
@ApplicationScoped
class BoqWarmUp {

    private static final Logger LOG = Logger.getLogger(BoqWarmUp.class);

    private final boolean enabled;
    private final BoqImportConfig limits;

    BoqWarmUp(RehabtrackConfig config, BoqImportConfig limits) {
        this.enabled = config.reports().warmUp();
        this.limits = limits;
    }

    /** Once the service listens: it need not run before the first request. */
    void onStart(@Observes Listening event) {
        if (enabled) {
            Thread thread = new Thread(this::run, "boq-warm-up");
            thread.setDaemon(true);
            thread.setPriority(Thread.MIN_PRIORITY);
            thread.start();
        }
    }

    /** Whether the template was written and read back. */
    boolean run() {
        long started = System.nanoTime();
        Path file = null;
        try {
            file = Files.createTempFile("rehabtrack-boq-warm-up-", ".xlsx");
            Files.write(file, BoqWorkbookWriter.write(List.of(), true));
            try {
                BoqWorkbookReader.read(file, limits);
            } catch (Refusal expected) {
                // the empty template has no line, and is refused as such an upload is: read to the
                // end
            }
            LOG.debugf(
                    "Bill-of-quantities import warmed up in %d ms",
                    (System.nanoTime() - started) / 1_000_000);
            return true;
        } catch (IOException | RuntimeException e) {
            // Only a first upload is slower for it; uploads answer their own failures.
            LOG.warn("Could not warm up the bill-of-quantities import", e);
            return false;
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    LOG.debugf("Could not delete %s", file);
                }
            }
        }
    }
}
