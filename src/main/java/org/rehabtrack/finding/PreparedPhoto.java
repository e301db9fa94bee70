package org.rehabtrack.finding;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A photo written anew and its thumbnail, in temporary files of the photo folder, ready to be
 * stored for its owner. Closing it removes whatever was not stored.
 */
public final class PreparedPhoto implements AutoCloseable {

    private final Path photo;
    private final Path thumbnail;
    private final PhotoEncoder.Encoded encoded;
    private final long size;

    PreparedPhoto(Path photo, Path thumbnail, PhotoEncoder.Encoded encoded) {
        this.photo = photo;
        this.thumbnail = thumbnail;
        this.encoded = encoded;
        try {
            this.size = Files.size(photo);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path photo() {
        return photo;
    }

    Path thumbnail() {
        return thumbnail;
    }

    PhotoEncoder.Encoded encoded() {
        return encoded;
    }

    PhotoType type() {
        return encoded.type();
    }

    /** The size of the photo as stored, in bytes. */
    long size() {
        return size;
    }

    @Override
    public void close() {
        try {
            Files.deleteIfExists(photo);
            Files.deleteIfExists(thumbnail);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
