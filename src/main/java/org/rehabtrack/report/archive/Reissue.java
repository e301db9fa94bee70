package org.rehabtrack.report.archive;

import java.nio.file.Path;
import java.time.Instant;

/**
 * What writes an archived workbook again: what it was issued for, when (the moment it is written as
 * of again), and its archived file, to compare with.
 */
public record Reissue(long id, Issue issue, Instant issuedAt, Path file) {}
