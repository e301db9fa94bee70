package org.rehabtrack.status;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.rehabtrack.center.Center;
import org.rehabtrack.center.CenterFigures;
import org.rehabtrack.center.CenterService;
import org.rehabtrack.center.CenterStamp;
import org.rehabtrack.finding.FindingService;
import org.rehabtrack.system.Stamped;

/**
 * Today's status of every center, kept between requests while it holds: a center's is worked out
 * again when its {@link CenterStamp} moved (the center itself, any of its records, its
 * institution), when an exchange rate was recorded, or on a new day. The stamps are read from the
 * database on every call, so an instance shows at once a change made through another; only the
 * centers whose stamp moved are read and rolled up, all of them in the same few queries. The
 * dashboard of 500 unchanged centers then costs two small queries instead of 500 roll-ups.
 */
@ApplicationScoped
public class KeptStatuses {

    private final ConcurrentMap<Long, Stamped<CenterStamp, CenterStatus>> kept =
            new ConcurrentHashMap<>();
    private final CenterService centers;
    private final CenterFigures figures;
    private final FindingService findings;
    private final CenterStatusService statuses;
    private final Clock clock;

    KeptStatuses(
            CenterService centers,
            CenterFigures figures,
            FindingService findings,
            CenterStatusService statuses,
            Clock clock) {
        this.centers = centers;
        this.figures = figures;
        this.findings = findings;
        this.statuses = statuses;
        this.clock = clock;
    }

    /**
     * Today's status of every center, or of those among some ids (a reader's), in code order; with
     * every grant's money.
     */
    public List<CenterStatus> today(Optional<Set<Long>> only) {
        LocalDate today = LocalDate.now(clock);
        String rates = figures.ratesStamp();
        List<CenterStamp> stamps = centers.stamps(only);
        List<CenterStatus> found = new ArrayList<>(stamps.size());
        Map<Long, CenterStamp> stale = new HashMap<>();
        for (CenterStamp stamp : stamps) {
            Stamped<CenterStamp, CenterStatus> k = kept.get(stamp.id());
            if (k != null && k.holds(stamp, rates, today)) {
                found.add(k.value());
            } else {
                stale.put(stamp.id(), stamp);
            }
        }
        if (!stale.isEmpty()) {
            // Read after the stamps: what is read is at least as new as they are, so keeping it
            // under them is safe; a stamp read again equal means nothing changed since.
            List<Center> read = centers.withIds(stale.keySet());
            Map<Long, CenterStatus> computed =
                    statuses.of(read, today, null, findings.openBySeverity(stale.keySet()));
            for (CenterStatus status : computed.values()) {
                long id = status.center().id();
                kept.put(id, new Stamped<>(stale.get(id), rates, today, status));
                found.add(status);
            }
        }
        found.sort(Comparator.comparing(status -> status.center().code()));
        return found;
    }
}
