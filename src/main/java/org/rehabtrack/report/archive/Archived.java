package org.rehabtrack.report.archive;

import java.nio.file.Path;

/**
 * A workbook as archived: its record's id, the archived file to send, and its name to send it
 * under.
 */
public record Archived(long id, Path file, String fileName) {}
