package org.rehabtrack.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What an organisation's users see ({@link VisibilityScope}), worked out from the database: for the
 * user signed in ({@link Visibility}), and for the work the service does for an organisation with
 * no one signed in (a workbook written again, or sent by a schedule, for a donor).
 */
@ApplicationScoped
public class VisibilityScopes {

    private final EntityManager em;

    VisibilityScopes(EntityManager em) {
        this.em = em;
    }

    /**
     * What a user of this State partner (or other institution) sees: the centers where it is party
     * to an agreement, every grant's money in full.
     */
    public VisibilityScope ofPartner(long partner) {
        return new VisibilityScope(
                new HashSet<>(
                        em.createQuery(
                                        "select distinct a.center.id from Agreement a join a.parties p where p.id = :org",
                                        Long.class)
                                .setParameter("org", partner)
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
}
