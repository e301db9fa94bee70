package org.rehabtrack.center;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
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

    /**
     * The changes of the centers from one phase to another recorded after a moment and dated on or
     * after a day, in the order recorded, each with its center: what a schedule sent at each phase
     * change sends for. A center's registration (its first phase) is not one.
     */
    public List<PhaseChange> recordedAfter(Instant after, LocalDate datedFrom, CenterIds centers) {
        if (centers.isEmpty()) {
            return List.of();
        }
        return centers.bind(
                        getEntityManager()
                                .createQuery(
                                        "from PhaseChange p join fetch p.center where "
                                                + centers.in("p.center.id")
                                                + " and p.fromPhase is not null and p.recordedAt > :after"
                                                + " and p.changeDate >= :datedFrom order by p.recordedAt, p.id",
                                        PhaseChange.class))
                .setParameter("after", after)
                .setParameter("datedFrom", datedFrom)
                .getResultStream()
                .filter(change -> centers.keeps(change.getCenter().getId()))
                .toList();
    }
}
