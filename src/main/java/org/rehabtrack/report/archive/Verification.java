package org.rehabtrack.report.archive;

import java.util.List;

/**
 * Whether RehabTrack issued a workbook: its SHA-256 and every archived workbook of the same bytes
 * the caller may see (none: {@code issued} is false).
 */
public record Verification(String sha256, boolean issued, List<IssuedReportView> issues) {}
