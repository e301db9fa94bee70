package org.rehabtrack.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rehabtrack.budget.FundingView;
import org.rehabtrack.system.Roles;

/**
 * What the signed-in user may see. Everyone sees every center but donors, who see those their
 * organisation's grants fund, and partners, who see those where their institution is party to an
 * agreement; donors see their organisation's grants only, and of other donors' money in the centers
 * they see only one "other funding" line ({@link #funding()}). Worked out once per request.
 */
@RequestScoped
public class Visibility {

    private final SecurityIdentity identity;
    private final EntityManager em;
    private Set<Long> centers;
    private FundingView funding;

    Visibility(SecurityIdentity identity, EntityManager em) {
        this.identity = identity;
        this.em = em;
    }

    /** Whether this user sees only some centers. */
    public boolean restricted() {
        return identity.hasRole(Roles.DONOR) || identity.hasRole(Roles.PARTNER);
    }

    /** The ids of the centers the user may see; empty when it may see them all. */
    public Optional<Set<Long>> centerIds() {
        if (!restricted()) {
            return Optional.empty();
        }
        if (centers == null) {
            centers =
                    new HashSet<>(
                            em.createQuery(
                                            identity.hasRole(Roles.DONOR)
                                                    ? "select distinct a.center.id from BudgetAllocation a where a.fundingSource.donor.id = :org"
                                                    : "select distinct a.center.id from Agreement a join a.parties p where p.id = :org",
                                            Long.class)
                                    .setParameter("org", organisation())
                                    .getResultList());
        }
        return Optional.of(centers);
    }

    public boolean seesCenter(long centerId) {
        return centerIds().map(ids -> ids.contains(centerId)).orElse(true);
    }

    /** Whether the user may see a grant of this donor (a partner's id). */
    public boolean seesGrantOf(long donorId) {
        return !restricted() || identity.hasRole(Roles.DONOR) && donorId == organisation();
    }

    /** Whose money the user sees in full, as the value services and report writers apply. */
    public FundingView funding() {
        if (funding == null) {
            if (!identity.hasRole(Roles.DONOR)) {
                funding = FundingView.EVERYTHING;
            } else {
                Map<Long, String> own = new LinkedHashMap<>();
                em.createQuery(
                                "select f.id, f.code from FundingSource f where f.donor.id = :org order by f.code",
                                Object[].class)
                        .setParameter("org", organisation())
                        .getResultStream()
                        .forEach(r -> own.put((Long) r[0], (String) r[1]));
                funding = new FundingView(organisation(), own);
            }
        }
        return funding;
    }

    private long organisation() {
        Long id = identity.getAttribute(SignIn.ORGANISATION);
        return id == null ? -1 : id;
    }
}
