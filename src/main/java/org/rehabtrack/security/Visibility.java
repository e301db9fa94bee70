package org.rehabtrack.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rehabtrack.system.Roles;

/**
 * The signed-in user's {@link VisibilityScope}, the one place that decides which records a user may
 * see: worked out once per request, from the user's role and organisation. Services narrow their
 * lists with it, {@link RecordVisibilityFilter} refuses every record of the API's paths outside it,
 * pages and workbooks ask it what to show.
 */
@RequestScoped
public class Visibility {

    private final SecurityIdentity identity;
    private final EntityManager em;
    private VisibilityScope scope;

    Visibility(SecurityIdentity identity, EntityManager em) {
        this.identity = identity;
        this.em = em;
    }

    /** What this user may see, as the value services and report writers apply. */
    public VisibilityScope scope() {
        if (scope == null) {
            scope = load();
        }
        return scope;
    }

    /** Whether this user sees only some centers. */
    public boolean restricted() {
        return identity.hasRole(Roles.DONOR) || identity.hasRole(Roles.PARTNER);
    }

    /** The ids of the centers the user may see; empty when it may see them all. */
    public Optional<Set<Long>> centerIds() {
        return scope().centerIds();
    }

    public boolean seesCenter(long centerId) {
        return scope().seesCenter(centerId);
    }

    /** Whether the user may see a grant of this donor (a partner's id). */
    public boolean seesGrantOf(long donorId) {
        return scope().seesGrantOf(donorId);
    }

    private VisibilityScope load() {
        if (!restricted()) {
            return VisibilityScope.EVERYTHING;
        }
        boolean donor = identity.hasRole(Roles.DONOR);
        if (donor) {
            return ofDonor(organisation());
        }
        // A State partner sees every grant's money in the centers it sees.
        return new VisibilityScope(
                new HashSet<>(
                        em.createQuery(
                                        "select distinct a.center.id from Agreement a join a.parties p where p.id = :org",
                                        Long.class)
                                .setParameter("org", organisation())
                                .getResultList()),
                null,
                Map.of());
    }

    /**
     * What a user of this donor (a partner's id) sees: the centers its grants fund, its own grants'
     * money in full. Also the view an archived workbook written for that donor is written again in.
     */
    public VisibilityScope ofDonor(long donor) {
        Set<Long> centers =
                new HashSet<>(
                        em.createQuery(
                                        "select distinct a.center.id from BudgetAllocation a where a.fundingSource.donor.id = :org",
                                        Long.class)
                                .setParameter("org", donor)
                                .getResultList());
        Map<Long, String> own = new LinkedHashMap<>();
        em.createQuery(
                        "select f.id, f.code from FundingSource f where f.donor.id = :org order by f.code",
                        Object[].class)
                .setParameter("org", donor)
                .getResultStream()
                .forEach(r -> own.put((Long) r[0], (String) r[1]));
        return new VisibilityScope(centers, donor, own);
    }

    private long organisation() {
        Long id = identity.getAttribute(SignIn.ORGANISATION);
        return id == null ? -1 : id;
    }
}
