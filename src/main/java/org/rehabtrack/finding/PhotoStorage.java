package org.rehabtrack.finding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.rehabtrack.system.RehabtrackConfig;

/**
 * The photo files. Names are generated (a UUID and the format's extension), never taken from the
 * client. Files follow the transaction that records them: a stored file is removed again if the
 * transaction rolls back, and a deleted photo's file goes only once the deletion is committed.
 */
@ApplicationScoped
public class PhotoStorage {

    private static final Logger LOG = Logger.getLogger(PhotoStorage.class);

    private final Path folder;
    private final TransactionSynchronizationRegistry transactions;

    PhotoStorage(PhotoConfig photos, RehabtrackConfig config, TransactionSynchronizationRegistry transactions) {
        this.folder = Path.of(photos.dir().orElse(config.dataDir() + "/photos")).toAbsolutePath().normalize();
        this.transactions = transactions;
    }

    /** Copies an upload into the folder under a new name, within the current transaction. */
    String store(Path upload, PhotoType type) {
        String name = UUID.randomUUID() + "." + type.extension();
        Path target = resolve(name);
        try {
            Files.createDirectories(folder);
            Path partial = Files.createTempFile(folder, ".upload-", ".part");
            try (InputStream in = Files.newInputStream(upload)) {
                Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(partial);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store a photo in " + folder, e);
        }
        afterCompletion(committed -> {
            if (!committed) {
                delete(name);
            }
        });
        return name;
    }

    /** Removes a photo's file once the current transaction has committed. */
    void deleteAfterCommit(String name) {
        afterCompletion(committed -> {
            if (committed) {
                delete(name);
            }
        });
    }

    Path resolve(String name) {
        Path path = folder.resolve(name).normalize();
        if (!path.getParent().equals(folder)) {
            throw new IllegalArgumentException("Not a photo name: " + name);
        }
        return path;
    }

    /** The folder of the photo files. */
    public Path folder() {
        return folder;
    }

    private void delete(String name) {
        try {
            Files.deleteIfExists(resolve(name));
        } catch (IOException e) {
            LOG.warnf(e, "Could not delete photo file %s", name);
        }
    }

    private void afterCompletion(java.util.function.Consumer<Boolean> action) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                action.accept(status == Status.STATUS_COMMITTED);
            }
        });
    }
}
