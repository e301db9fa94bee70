package org.rehabtrack.system;

import java.util.List;

/**
 * One page of a list, as a service answers it: the items, the total, and the page asked for. The
 * resources write it with {@link PagedAnswers}.
 */
public record Paged<T>(List<T> items, long total, PageRequest request) {

    /** How many pages the list has at this page size (at least one, even when empty). */
    public long pages() {
        return Math.max(1, (total + request.size - 1) / request.size);
    }
}
