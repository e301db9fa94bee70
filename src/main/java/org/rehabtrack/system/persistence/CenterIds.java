package org.rehabtrack.system.persistence;

import jakarta.persistence.Query;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * The condition "of these centers" in a query. Up to {@link #LONGEST_LIST} ids it is an IN list;
 * beyond, the query reads the rows of every center and the caller keeps those of its centers
 * ({@link #keeps(long)}): H2 checks a list of parameters against each row one by one, and with
 * hundreds of centers that took longer than reading the rows of all of them.
 */
public final class CenterIds {

    static final int LONGEST_LIST = 50;

    private final Collection<Long> ids;
    private final Set<Long> kept;

    private CenterIds(Collection<Long> ids) {
        this.ids = ids;
        this.kept = new HashSet<>(ids);
    }

    public static CenterIds of(Collection<Long> ids) {
        return new CenterIds(ids);
    }

    private boolean listed() {
        return ids.size() <= LONGEST_LIST;
    }

    /**
     * The condition on {@code path} (a center id) to put in the query: {@code path in :centers}, or
     * a true one.
     */
    public String in(String path) {
        return listed() ? path + " in :centers" : "1 = 1";
    }

    /** Binds {@code :centers} when the condition uses it. */
    public <Q extends Query> Q bind(Q query) {
        if (listed()) {
            query.setParameter("centers", ids);
        }
        return query;
    }

    /** Whether a row of this center is one the caller asked for. */
    public boolean keeps(long center) {
        return kept.contains(center);
    }

    public boolean isEmpty() {
        return ids.isEmpty();
    }
}
