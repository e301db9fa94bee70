package org.rehabtrack.report.archive;

/** A workbook's file in the archive: the name it is kept under, its size and its SHA-256. */
record StoredFile(String name, long size, String sha256) {}
