package org.rehabtrack.audit;

import java.time.Instant;

/** Which audit entries to read: of a center or all, between two instants, by a user, of a kind of record. */
public record HistoryFilter(Long centerId, Instant from, Instant until, String user, String entity) {}
