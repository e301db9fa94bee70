package org.rehabtrack.web;

import jakarta.enterprise.context.ApplicationScoped;
import org.rehabtrack.center.Center;
import org.rehabtrack.center.CenterService;
import org.rehabtrack.center.CenterView;
import org.rehabtrack.security.Visibility;
import org.rehabtrack.system.Refusal;

/**
 * A center a page is about, if the user may see it; else 404, as for a center that does not exist.
 */
@ApplicationScoped
class VisibleCenters {

    private final CenterService centers;
    private final Visibility visibility;

    VisibleCenters(CenterService centers, Visibility visibility) {
        this.centers = centers;
        this.visibility = visibility;
    }

    /**
     * The center as the page shows it (its view carries the headline figures, a roll-up of its
     * money).
     */
    CenterView require(String code) {
        check(code);
        return centers.find(code).orElseThrow(() -> Refusal.notFound("center.notFound", code));
    }

    /**
     * That the center exists and the user may see it, for a form's POST, which shows nothing of it.
     */
    void check(String code) {
        entity(code);
    }

    /** The center itself, if the user may see it, for a page that works out its figures itself. */
    Center entity(String code) {
        return centers.require(code, visibility.scope());
    }
}
