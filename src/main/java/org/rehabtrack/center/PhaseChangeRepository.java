package org.rehabtrack.center;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rehabtrack.system.persistence.CenterIds;

@ApplicationScoped
public class PhaseChangeRepository implements PanacheRepository<PhaseChange> {

    public List<PhaseChange> history(Center center) {
        return list("center = ?1 order by changeDate, id", center);
    }

    /**
     * The phase each of the centers was in on a date, by center id: that of its last change dated
     * on or before it (none for a center that entered its first phase after it).
     */
    public Map<Long, Phase> phasesOn(CenterIds centers, LocalDate date) {
        Map<Long, Phase> phases = new HashMap<>();
        if (centers.isEmpty()) {
            return phases;
        }
        centers.bind(
                        getEntityManager()
                                .createQuery(
                                        "select p.center.id, p.toPhase from PhaseChange p where "
                                                + centers.in("p.center.id")
                                                + " and p.changeDate <= :date order by p.changeDate, p.id",
                                        Object[].class))
                .setParameter("date", date)
                .getResultStream()
                .filter(row -> centers.keeps((Long) row[0]))
                .forEach(row -> phases.put((Long) row[0], (Phase) row[1]));
        return phases;
    }
}
