package org.rehabtrack.web;

import jakarta.enterprise.context.ApplicationScoped;
import org.rehabtrack.center.CenterRepository;
import org.rehabtrack.center.CenterService;
import org.rehabtrack.center.CenterView;
import org.rehabtrack.security.Visibility;
import org.rehabtrack.system.problem.ApiException;

/** A center a page is about, if the user may see it; else 404, as for a center that does not exist. */
@ApplicationScoped
class VisibleCenters {

    private final CenterRepository repository;
    private final CenterService centers;
    private final Visibility visibility;

    VisibleCenters(CenterRepository repository, CenterService centers, Visibility visibility) {
        this.repository = repository;
        this.centers = centers;
        this.visibility = visibility;
    }

    CenterView require(String code) {
        return repository.findByCode(code).filter(c -> visibility.seesCenter(c.getId()))
                .flatMap(c -> centers.find(code))
                .orElseThrow(() -> ApiException.notFound("center.notFound", code));
    }
}
