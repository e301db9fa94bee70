package org.rehabtrack.budget;

import java.util.Map;

/**
 * Whose money a reader sees in full: the one rule every surface that shows grants, allocations or
 * payments applies (the budget, the payments, the works packages, the history, the workbooks). A
 * donor sees its own grants in full; the money of every other grant funding the same center it sees
 * only as one "other funding" line, never that grant's code, donor, allocations or payments.
 * Everyone else (managers, engineers, administrators, State partners) sees every grant. Worked out
 * once per request by {@code Visibility#funding()} and handed, as this immutable value, to services
 * and to the threads that write reports.
 *
 * @param donor the donor (a partner's id) whose grants are shown in full; null when every grant is
 * @param ownGrants that donor's grants, code by id; empty when every grant is shown
 */
public record FundingView(Long donor, Map<Long, String> ownGrants) {

    /** Every grant in full: managers, engineers, administrators and State partners. */
    public static final FundingView EVERYTHING = new FundingView(null, Map.of());

    /**
     * Where a grant's code would stand for money of grants the reader may not see. Grant codes are
     * upper case letters, digits, dashes and underscores, so no grant can have this code.
     */
    public static final String OTHER = "~other";

    public FundingView {
        ownGrants = Map.copyOf(ownGrants);
    }

    /** Whether every grant is shown in full. */
    public boolean everything() {
        return donor == null;
    }

    /**
     * Whether the grant of this code (null for no grant) is shown: code, donor, allocations,
     * payments.
     */
    public boolean showsGrant(String code) {
        return donor == null || code == null || ownGrants.containsValue(code);
    }

    /** Whether the grant of this id (null for no grant) is shown. */
    public boolean showsGrant(Long id) {
        return donor == null || id == null || ownGrants.containsKey(id);
    }

    /**
     * The grant's code as the reader may see it: itself, or {@link #OTHER} for another donor's
     * grant.
     */
    public String grant(String code) {
        return showsGrant(code) ? code : OTHER;
    }
}
