package org.rehabtrack.finding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.rehabtrack.system.PhotoConfig;
import org.rehabtrack.system.RehabtrackConfig;

/**
 * The photo files. Names are generated (a UUID and the format's extension, {@code -thumb.jpg} for
 * the thumbnail), never taken from the client. Files follow the transaction that records them: a
 * stored file is removed again if the transaction rolls back, and a deleted photo's files go only
 * once the deletion is committed.
 */
@ApplicationScoped
public class PhotoStorage {

    private static final Logger LOG = Logger.getLogger(PhotoStorage.class);

    private final Path folder;
    private final TransactionSynchronizationRegistry transactions;

    PhotoStorage(
            PhotoConfig photos,
            RehabtrackConfig config,
            TransactionSynchronizationRegistry transactions) {
        this.folder =
                Path.of(photos.dir().orElse(config.dataDir() + "/photos"))
                        .toAbsolutePath()
                        .normalize();
        this.transactions = transactions;
    }

    /** The names a stored photo and its thumbnail were given. */
    record Stored(String name, String thumbnailName) {}

    /** A new empty temporary file in the folder (a dot name: never backed up, never served). */
    Path temporary() {
        try {
            Files.createDirectories(folder);
            return Files.createTempFile(folder, ".upload-", ".part");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write in the photo folder " + folder, e);
        }
    }

    /**
     * Moves a prepared photo and its thumbnail into the folder under new names, within the current
     * transaction: both are removed again if it rolls back.
     */
    Stored store(PreparedPhoto prepared) {
        String base = UUID.randomUUID().toString();
        Stored stored =
                new Stored(
                        base + "." + prepared.type().extension(),
                        base + "-thumb." + PhotoType.JPEG.extension());
        try {
            Files.move(
                    prepared.thumbnail(),
                    resolve(stored.thumbnailName()),
                    StandardCopyOption.ATOMIC_MOVE);
            Files.move(prepared.photo(), resolve(stored.name()), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            delete(stored.thumbnailName());
            throw new UncheckedIOException("Cannot store a photo in " + folder, e);
        }
        afterCompletion(
                committed -> {
                    if (!committed) {
                        delete(stored.name());
                        delete(stored.thumbnailName());
                    }
                });
        return stored;
    }

    /**
     * Removes a photo's files, the photo and its thumbnail, once the current transaction has
     * committed.
     */
    public void deleteAfterCommit(Photo photo) {
        deleteAfterCommit(photo.getStorageName());
        if (photo.getThumbnailName() != null) {
            deleteAfterCommit(photo.getThumbnailName());
        }
    }

    /** Removes a photo's file once the current transaction has committed. */
    void deleteAfterCommit(String name) {
        afterCompletion(
                committed -> {
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
        transactions.registerInterposedSynchronization(
                new Synchronization() {
                    @Override
                    public void beforeCompletion() {}

                    @Override
                    public void afterCompletion(int status) {
                        action.accept(status == Status.STATUS_COMMITTED);
                    }
                });
    }
}
