package org.rehabtrack.milestone;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.rehabtrack.center.Center;
import org.rehabtrack.center.MilestoneKind;
import org.rehabtrack.system.persistence.CenterIds;

@ApplicationScoped
public class MilestoneRepository implements PanacheRepository<Milestone> {

    public List<Milestone> forCenter(Center center) {
        return list("center = ?1", center);
    }

    /** The milestones of several centers, by center id, in one query. */
    public java.util.Map<Long, List<Milestone>> forCenters(CenterIds centers) {
        java.util.Map<Long, List<Milestone>> byCenter = new java.util.HashMap<>();
        if (centers.isEmpty()) {
            return byCenter;
        }
        centers.bind(
                        getEntityManager()
                                .createQuery(
                                        "from Milestone m where "
                                                + centers.in("m.center.id")
                                                + " order by m.id",
                                        Milestone.class))
                .getResultStream()
                .filter(m -> centers.keeps(m.getCenter().getId()))
                .forEach(
                        m ->
                                byCenter.computeIfAbsent(
                                                m.getCenter().getId(),
                                                id -> new java.util.ArrayList<>())
                                        .add(m));
        return byCenter;
    }

    public Optional<Milestone> findWithCenter(long id) {
        return find("from Milestone m join fetch m.center where m.id = ?1", id)
                .firstResultOptional();
    }

    /** The center's milestone of a standard kind, if it has one. */
    public Optional<Milestone> findStandard(Center center, MilestoneKind kind) {
        return find("center = ?1 and kind = ?2", center, kind).firstResultOptional();
    }

    public boolean hasStandard(Center center, MilestoneKind kind) {
        return count("center = ?1 and kind = ?2", center, kind) > 0;
    }

    /** The kinds of milestone this center has reached, that is, recorded an actual date for. */
    public Set<MilestoneKind> reachedKinds(Center center) {
        List<MilestoneKind> kinds =
                getEntityManager()
                        .createQuery(
                                "select distinct m.kind from Milestone m where m.center = ?1 and m.actualDate is not null",
                                MilestoneKind.class)
                        .setParameter(1, center)
                        .getResultList();
        return kinds.isEmpty() ? EnumSet.noneOf(MilestoneKind.class) : EnumSet.copyOf(kinds);
    }
}
