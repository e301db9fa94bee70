package org.rehabtrack.security;

import jakarta.persistence.EntityManager;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.PathSegment;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.rehabtrack.system.problem.ApiException;

/**
 * Answers 404, exactly as for an unknown one, when a donor or partner asks for a center, or an
 * object of a center, it may not see: {@code /api/centers/{code}/...} and {@code
 * /api/<kind>/{id}/...} for every kind of object that belongs to a center, and a donor's {@code
 * /api/funding-sources/{code}} of another donor. An object whose center cannot be found is refused
 * too, never shown to all. Lists are narrowed by their services.
 */
public class VisibilityFilter {

    private static final Logger LOG = Logger.getLogger(VisibilityFilter.class);

    /** A kind of object in the path: how to find its center, and its own not-found message. */
    private record Kind(String centerQuery, String notFoundKey, boolean numericId) {}

    private static final Map<String, Kind> KINDS =
            Map.ofEntries(
                    Map.entry(
                            "centers",
                            new Kind(
                                    "select c.id from Center c where c.code = :v",
                                    "center.notFound",
                                    false)),
                    Map.entry(
                            "milestones",
                            new Kind(
                                    "select m.center.id from Milestone m where m.id = :v",
                                    "milestone.notFound",
                                    true)),
                    Map.entry(
                            "evaluations",
                            new Kind(
                                    "select e.center.id from Evaluation e where e.id = :v",
                                    "evaluation.notFound",
                                    true)),
                    Map.entry(
                            "findings",
                            new Kind(
                                    "select f.center.id from Finding f where f.id = :v",
                                    "finding.notFound",
                                    true)),
                    Map.entry(
                            "photos",
                            new Kind(
                                    "select coalesce(f.center.id, w.center.id) from Photo p left join p.finding f"
                                            + " left join ProgressReport r on r.id = p.progressReportId left join r.workPackage w where p.id = :v",
                                    "photo.notFound",
                                    true)),
                    Map.entry(
                            "agreements",
                            new Kind(
                                    "select a.center.id from Agreement a where a.id = :v",
                                    "agreement.notFound",
                                    true)),
                    Map.entry(
                            "commitments",
                            new Kind(
                                    "select c.agreement.center.id from Commitment c where c.id = :v",
                                    "commitment.notFound",
                                    true)),
                    Map.entry(
                            "work-packages",
                            new Kind(
                                    "select w.center.id from WorkPackage w where w.id = :v",
                                    "works.notFound",
                                    true)),
                    Map.entry(
                            "change-orders",
                            new Kind(
                                    "select o.workPackage.center.id from ChangeOrder o where o.id = :v",
                                    "works.changeOrderNotFound",
                                    true)),
                    Map.entry(
                            "progress-reports",
                            new Kind(
                                    "select r.workPackage.center.id from ProgressReport r"
                                            + " where r.id = :v",
                                    "works.progressNotFound",
                                    true)),
                    Map.entry(
                            "expenditures",
                            new Kind(
                                    "select e.center.id from Expenditure e where e.id = :v",
                                    "expenditure.notFound",
                                    true)),
                    Map.entry(
                            "funding-sources",
                            new Kind(
                                    "select f.donor.id from FundingSource f where f.code = :v",
                                    "funding.notFound",
                                    false)));

    private final Visibility visibility;
    private final EntityManager em;

    VisibilityFilter(Visibility visibility, EntityManager em) {
        this.visibility = visibility;
        this.em = em;
    }

    @ServerRequestFilter
    public void check(ContainerRequestContext request, UriInfo uri) {
        List<PathSegment> path = uri.getPathSegments();
        if (path.size() < 3 || !"api".equals(path.get(0).getPath()) || !visibility.restricted()) {
            return;
        }
        Kind kind = KINDS.get(path.get(1).getPath());
        if (kind == null) {
            return;
        }
        String key = path.get(2).getPath();
        Object value = key;
        if (kind.numericId()) {
            try {
                value = Long.valueOf(key);
            } catch (NumberFormatException e) {
                return; // not an id: the endpoint answers as for any malformed path
            }
        }
        List<Long> owners =
                em.createQuery(kind.centerQuery(), Long.class)
                        .setParameter("v", value)
                        .getResultList();
        boolean grant = path.get(1).getPath().equals("funding-sources");
        if (owners.isEmpty()) {
            return; // no such object: the endpoint answers 404 as it does for everyone
        }
        // An object whose center (or grant's donor) cannot be found, such as a photo of a deleted
        // finding, is seen by no one who sees only some centers.
        Long owner = owners.get(0);
        boolean visible =
                owner != null
                        && (grant ? visibility.seesGrantOf(owner) : visibility.seesCenter(owner));
        if (!visible) {
            LOG.warnf(
                    "Access refused (not theirs, answered 404): %s %s",
                    request.getMethod(), uri.getPath());
            throw ApiException.notFound(kind.notFoundKey(), value);
        }
    }
}
