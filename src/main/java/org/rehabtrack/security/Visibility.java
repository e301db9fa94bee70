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
        Set<Long> centers =
                new HashSet<>(
                        em.createQuery(
                                        donor
                                                ? "select distinct a.center.id from BudgetAllocation a where a.fundingSource.donor.id = :org"
                                                : "select distinct a.center.id from Agreement a join a.parties p where p.id = :org",
                                        Long.class)
                                .setParameter("org", organisation())
                                .getResultList());
        if (!donor) {
            // A State partner sees every grant's money in the centers it sees.
            return new VisibilityScope(centers, null, Map.of());
        }
        Map<Long, String> own = new LinkedHashMap<>();
        em.createQuery(
                        "select f.id, f.code from FundingSource f where f.donor.id = :org order by f.code",
                        Object[].class)
                .setParameter("org", organisation())
                .getResultStream()
                .forEach(r -> own.put((Long) r[0], (String) r[1]));
        return new VisibilityScope(centers, organisation(), own);
    }

    private long organisation() {
        Long id = identity.getAttribute(SignIn.ORGANISATION);
        return id == null ? -1 : id;
    }
}
