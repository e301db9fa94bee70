package org.rehabtrack.security;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What one reader may see: the one rule behind every list, every record loaded by id or code, every
 * page and every workbook. Worked out once per request by {@link Visibility#scope()} and handed, as
 * this immutable value, to services and to the threads that write reports.
 *
 * <ul>
 *   <li><b>Centers.</b> Everyone sees every center but donors, who see those their organisation's
 *       grants fund, and State partners, who see those where their institution is party to an
 *       agreement. A record of a center (a milestone, a finding, a payment...) is seen with its
 *       center; a record whose center cannot be found is seen only by those who see every center.
 *   <li><b>Grants as records.</b> A donor sees its organisation's grants only; a State partner sees
 *       none; everyone else sees them all.
 *   <li><b>Money.</b> A donor sees its own grants in full; the money of every other grant funding
 *       the same center it sees only as one "other funding" line, never that grant's code, donor,
 *       allocations or payments. Everyone else (managers, engineers, administrators, State
 *       partners) sees every grant's money in full.
 * </ul>
 *
 * @param centers the ids of the centers the reader sees; null when it sees them all
 * @param donor the donor (a partner's id) whose grants are shown in full; null when every grant is
 * @param ownGrants that donor's grants, code by id; empty when every grant is shown
 */
public record VisibilityScope(Set<Long> centers, Long donor, Map<Long, String> ownGrants) {

    /** Everything: managers, engineers, administrators, and the service's own work. */
    public static final VisibilityScope EVERYTHING = new VisibilityScope(null, null, Map.of());

    public VisibilityScope {
        centers = centers == null ? null : Set.copyOf(centers);
        ownGrants = Map.copyOf(ownGrants);
    }

    /** Whether the reader sees only some centers. */
    public boolean restricted() {
        return centers != null;
    }

    /** The ids of the centers the reader may see; empty when it may see them all. */
    public Optional<Set<Long>> centerIds() {
        return Optional.ofNullable(centers);
    }

    /** Whether the reader sees the center of this id, and so every record of it. */
    public boolean seesCenter(long centerId) {
        return centers == null || centers.contains(centerId);
    }

    /**
     * Whether the reader sees a record of this center, the center's id found through the record
     * (null when it cannot be found: such a record is seen only by those who see every center).
     */
    public boolean seesRecordOf(Long centerId) {
        return centers == null || centerId != null && centers.contains(centerId);
    }

    /** Whether the reader may see a grant of this donor (a partner's id) as a record. */
    public boolean seesGrantOf(long donorId) {
        return centers == null || donor != null && donor == donorId;
    }

    /** Whether every grant's money is shown in full. */
    public boolean seesAllGrants() {
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
     * The grant's code where a view names the grant of a record: itself when shown, else null (the
     * record is shown, its grant is not).
     */
    public String grantShown(String code) {
        return showsGrant(code) ? code : null;
    }
}
