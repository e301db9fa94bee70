package org.rehabtrack.works;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.rehabtrack.center.Center;
import org.rehabtrack.system.persistence.CenterIds;

@ApplicationScoped
public class WorkPackageRepository implements PanacheRepository<WorkPackage> {

    public Optional<WorkPackage> findWithCenter(long id) {
        return find(
                        "from WorkPackage w join fetch w.center left join fetch w.contractor left join fetch w.fundingSource where w.id = ?1",
                        id)
                .firstResultOptional();
    }

    public List<WorkPackage> forCenter(Center center) {
        return list(
                "from WorkPackage w join fetch w.center left join fetch w.contractor left join fetch w.fundingSource where w.center = ?1"
                        + " order by w.code",
                center);
    }

    /** The packages of several centers, by center code then code, in one query. */
    public List<WorkPackage> forCenters(CenterIds centers) {
        if (centers.isEmpty()) {
            return List.of();
        }
        return centers.bind(
                        getEntityManager()
                                .createQuery(
                                        "from WorkPackage w join fetch w.center c"
                                                + " left join fetch w.contractor left join fetch w.fundingSource where "
                                                + centers.in("c.id")
                                                + " order by c.code, w.code",
                                        WorkPackage.class))
                .getResultStream()
                .filter(w -> centers.keeps(w.getCenter().getId()))
                .toList();
    }

    public boolean exists(Center center, String code) {
        return count("center = ?1 and code = ?2", center, code) > 0;
    }
}
