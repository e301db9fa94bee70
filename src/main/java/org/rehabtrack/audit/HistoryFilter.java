package org.rehabtrack.audit;

import java.time.Instant;
import org.rehabtrack.security.VisibilityScope;

/**
 * Which audit entries to read: of a center or all, between two instants, by a user, of a kind of
 * record; and whose money the reader sees ({@link VisibilityScope}): for a donor, no entry of
 * another donor's allocation or payment, and no other donor's grant in a works package's entries.
 */
public record HistoryFilter(
        Long centerId,
        Instant from,
        Instant until,
        String user,
        String entity,
        VisibilityScope funding) {}
