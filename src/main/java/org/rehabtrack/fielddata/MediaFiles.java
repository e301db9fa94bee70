package org.rehabtrack.fielddata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The media files of an export, written out to temporary files: by submission and name as
 * KoboToolbox lays them out ({@code <user>/attachments/<form>/<instance>/<name>}), and by name
 * alone, as ODK Central does ({@code media/<name>}). Closing removes them.
 */
final class MediaFiles implements AutoCloseable {

    private final Map<String, Path> bySubmission = new HashMap<>();
    private final Map<String, Path> byName = new HashMap<>();
    private final List<Path> written = new ArrayList<>();

    /** Keeps a file found at this path of the zip. */
    void add(String entry, Path file) {
        written.add(file);
        String[] parts = entry.replace('\\', '/').split("/");
        String name = parts[parts.length - 1];
        if (parts.length >= 2) {
            bySubmission.put(key(parts[parts.length - 2], name), file);
        }
        byName.putIfAbsent(name, file);
    }

    /**
     * The file the submission names: in the submission's own folder first, else by name alone; also
     * under the name a web server would have given it on upload (spaces as underscores).
     */
    Optional<Path> find(String instanceId, String name) {
        for (String candidate : new String[] {name, storedName(name)}) {
            Path own = bySubmission.get(key(Submission.bare(instanceId), candidate));
            if (own != null) {
                return Optional.of(own);
            }
            Path any = byName.get(candidate);
            if (any != null) {
                return Optional.of(any);
            }
        }
        return Optional.empty();
    }

    private static String key(String folder, String name) {
        return folder + "/" + name;
    }

    /** The name as KoboToolbox's storage keeps an upload: spaces as underscores, odd signs gone. */
    private static String storedName(String name) {
        return name.strip().replace(' ', '_').replaceAll("[^-\\w.]", "");
    }

    @Override
    public void close() {
        for (Path file : written) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
