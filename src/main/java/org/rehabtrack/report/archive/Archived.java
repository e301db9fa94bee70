package org.rehabtrack.report.archive;

import java.nio.file.Path;

/**
 * A workbook as archived: its record's id, the archived file to send, its name to send it under,
 * and which report it is in which language.
 */
public record Archived(long id, Path file, String fileName, String report, String language) {

    /** The file's size in bytes. */
    public long size() {
        try {
            return java.nio.file.Files.size(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
