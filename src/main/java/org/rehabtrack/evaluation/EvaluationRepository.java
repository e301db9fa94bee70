package org.rehabtrack.evaluation;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.rehabtrack.center.Center;

@ApplicationScoped
public class EvaluationRepository implements PanacheRepository<Evaluation> {

    public Optional<Evaluation> findWithCenter(long id) {
        return find("from Evaluation e join fetch e.center where e.id = ?1", id).firstResultOptional();
    }

    public List<Evaluation> forCenter(Center center) {
        return list("center = ?1 order by evaluationDate, id", center);
    }

    /** The center's first initial evaluation, the reference a later one is compared with. */
    public Optional<Evaluation> initialOf(Center center) {
        return find("center = ?1 and kind = ?2 order by evaluationDate, id", center, EvaluationKind.INITIAL)
                .firstResultOptional();
    }
}
