package org.rehabtrack.report.archive;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import org.rehabtrack.finding.PhotoStorage;
import org.rehabtrack.system.RehabtrackConfig;

/**
 * The folder of the archived workbooks, beside the photos: {@code rehabtrack.reports.archive.dir},
 * else the folder {@code reports} next to the photo folder ({@code <data-dir>/reports} when the
 * photos are in {@code <data-dir>/photos}). Each file under a name of its own that never changes,
 * written whole before it is given that name, so that a name always means a complete file.
 */
@ApplicationScoped
public class ArchiveStorage {

    private static final String SUFFIX = ".xlsx";

    private final Path folder;

    ArchiveStorage(RehabtrackConfig config, PhotoStorage photos) {
        this.folder =
                config.reports()
                        .archive()
                        .dir()
                        .map(Path::of)
                        .orElseGet(() -> photos.folder().resolveSibling("reports"))
                        .toAbsolutePath()
                        .normalize();
    }

    /** The folder of the archived files. */
    public Path folder() {
        return folder;
    }

    /** Copies a workbook into the archive under a new name, hashing it on the way. */
    StoredFile store(Path workbook) {
        Path part = null;
        try {
            Files.createDirectories(folder);
            part = Files.createTempFile(folder, ".incoming-", ".part");
            MessageDigest sha256 = sha256();
            long size;
            try (InputStream in = new DigestInputStream(Files.newInputStream(workbook), sha256);
                    OutputStream out = Files.newOutputStream(part)) {
                size = in.transferTo(out);
            }
            String name = UUID.randomUUID() + SUFFIX;
            Files.move(part, resolve(name), StandardCopyOption.ATOMIC_MOVE);
            return new StoredFile(name, size, HexFormat.of().formatHex(sha256.digest()));
        } catch (IOException e) {
            delete(part);
            throw new UncheckedIOException("Cannot archive a workbook in " + folder, e);
        }
    }

    /** The SHA-256 of a file, in lower-case hexadecimal. */
    static String sha256Of(Path file) {
        MessageDigest sha256 = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha256)) {
            in.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HexFormat.of().formatHex(sha256.digest());
    }

    /** The archived file of this name; never a path outside the folder. */
    Path resolve(String name) {
        Path path = folder.resolve(name).normalize();
        if (!folder.equals(path.getParent())) {
            throw new IllegalArgumentException("Not an archived file's name: " + name);
        }
        return path;
    }

    /** Removes an archived file, if it is there. */
    void remove(String name) {
        delete(resolve(name));
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

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
