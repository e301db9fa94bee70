package org.rehabtrack.center;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class PhaseChangeRepository implements PanacheRepository<PhaseChange> {

    public List<PhaseChange> history(Center center) {
        return list("center = ?1 order by changeDate, id", center);
    }
}
