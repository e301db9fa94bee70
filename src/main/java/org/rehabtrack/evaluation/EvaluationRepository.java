package org.rehabtrack.evaluation;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.rehabtrack.center.Center;
import org.rehabtrack.system.persistence.CenterIds;

@ApplicationScoped
public class EvaluationRepository implements PanacheRepository<Evaluation> {

    /** The evaluation imported from this field-tool submission, if any. */
    public Optional<Evaluation> findByInstanceId(String instanceId) {
        return find("instanceId", instanceId).firstResultOptional();
    }

    public Optional<Evaluation> findWithCenter(long id) {
        return find("from Evaluation e join fetch e.center where e.id = ?1", id)
                .firstResultOptional();
    }

    /** A center's evaluations, oldest first, with their service assessments, in one query. */
    public List<Evaluation> forCenter(Center center) {
        return list(
                "select distinct e from Evaluation e left join fetch e.services where e.center = ?1"
                        + " order by e.evaluationDate, e.id",
                center);
    }

    /**
     * The latest evaluation of each of several centers (the later one of a day with two), with
     * their centers and service assessments, in one query.
     */
    public java.util.Map<Long, Evaluation> latestOf(CenterIds centers) {
        java.util.Map<Long, Evaluation> latest = new java.util.HashMap<>();
        if (centers.isEmpty()) {
            return latest;
        }
        centers.bind(
                        getEntityManager()
                                .createQuery(
                                        "select distinct e from Evaluation e join fetch e.center c"
                                                + " left join fetch e.services where "
                                                + centers.in("c.id")
                                                + " and e.evaluationDate = (select max(x.evaluationDate) from Evaluation x"
                                                + " where x.center = e.center) order by e.id",
                                        Evaluation.class))
                .getResultStream()
                .filter(e -> centers.keeps(e.getCenter().getId()))
                .forEach(e -> latest.put(e.getCenter().getId(), e));
        return latest;
    }

    /** The center's first initial evaluation, the reference a later one is compared with. */
    public Optional<Evaluation> initialOf(Center center) {
        return find(
                        "center = ?1 and kind = ?2 order by evaluationDate, id",
                        center,
                        EvaluationKind.INITIAL)
                .firstResultOptional();
    }
}
