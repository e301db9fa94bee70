package org.rehabtrack.finding;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jboss.logging.Logger;
import org.rehabtrack.system.Listening;
import org.rehabtrack.system.PhotoConfig;
import org.rehabtrack.system.Refusal;

/**
 * Writes anew the photos stored before every upload was (those without a thumbnail): metadata
 * dropped, turned upright, scaled down to the configured side, and a thumbnail made. It runs once
 * in the background after each start while {@code rehabtrack.photos.clean-at-start} is true (the
 * default), and logs how many files it changed; with nothing left to clean it costs one query. It
 * is idempotent: a photo once cleaned has a thumbnail and is not looked at again. A file it cannot
 * decode, or that is missing, is logged and left as it is (and looked at again on the next start).
 * Several instances may run it at once: a photo is recorded by the first to finish it, the other's
 * files are removed with its rolled-back transaction.
 */
@ApplicationScoped
public class StoredPhotoCleaning {

    private static final Logger LOG = Logger.getLogger(StoredPhotoCleaning.class);

    /** What a run did: files written anew, and files left as they were (not decodable, missing). */
    public record Cleaned(int changed, int left) {}

    private final PhotoRepository photos;
    private final PhotoService service;
    private final PhotoStorage storage;
    private final PhotoConfig config;

    StoredPhotoCleaning(
            PhotoRepository photos,
            PhotoService service,
            PhotoStorage storage,
            PhotoConfig config) {
        this.photos = photos;
        this.service = service;
        this.storage = storage;
        this.config = config;
    }

    /** Once the service listens: it need not run before the first request. */
    void onStart(@Observes Listening event) {
        if (!config.cleanAtStart()) {
            return;
        }
        Thread thread =
                new Thread(
                        () -> {
                            try {
                                clean();
                            } catch (RuntimeException e) {
                                LOG.errorf(
                                        e,
                                        "Cleaning the stored photos stopped; it starts again with the next start");
                            }
                        },
                        "stored-photo-cleaning");
        thread.setDaemon(true);
        thread.start();
    }

    /** Cleans every photo without a thumbnail, one at a time, and logs and answers the counts. */
    public synchronized Cleaned clean() {
        List<Object[]> pending = QuarkusTransaction.requiringNew().call(photos::withoutThumbnail);
        int changed = 0;
        int left = 0;
        for (Object[] row : pending) {
            if (clean(((Number) row[0]).longValue(), (String) row[1])) {
                changed++;
            } else {
                left++;
            }
        }
        LOG.infof(
                "Stored photos written anew without metadata, upright and with a thumbnail: %d files changed,"
                        + " %d left as they were",
                changed, left);
        return new Cleaned(changed, left);
    }

    private boolean clean(long id, String name) {
        Path file = storage.resolve(name);
        if (!Files.isRegularFile(file)) {
            LOG.warnf("Photo %d: its file %s is missing, left as it is", id, name);
            return false;
        }
        try (PreparedPhoto prepared = service.prepare(file)) {
            return QuarkusTransaction.requiringNew()
                    .call(
                            () -> {
                                PhotoStorage.Stored stored = storage.store(prepared);
                                if (!photos.replaceFiles(id, name, stored, prepared)) {
                                    QuarkusTransaction
                                            .setRollbackOnly(); // done meanwhile by another
                                    // instance, or deleted
                                    return false;
                                }
                                storage.deleteAfterCommit(name);
                                return true;
                            });
        } catch (Refusal e) {
            LOG.warnf(
                    "Photo %d: its file %s cannot be written anew (%s), left as it is",
                    id, name, e.reason());
            return false;
        } catch (UncheckedIOException e) {
            LOG.warnf(e, "Photo %d: its file %s cannot be read, left as it is", id, name);
            return false;
        }
    }
}
