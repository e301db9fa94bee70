package org.rehabtrack.budget;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.rehabtrack.center.Center;
import org.rehabtrack.center.CenterFigures;
import org.rehabtrack.center.Headline;
import org.rehabtrack.system.Stamped;

/**
 * The headline figures of centers as of today (physical progress, financial execution), kept
 * between requests while they hold: a center's are worked out again when any of its records changed
 * (its data version, raised by the audit trail in the same transaction), when an exchange rate was
 * recorded, or on a new day. Those stamps are read from the database with the centers, so an
 * instance sees at once a change made through another. A list of a hundred centers then costs one
 * small query instead of a roll-up of each.
 */
@ApplicationScoped
public class Headlines implements CenterFigures {

    private final ConcurrentMap<Long, Stamped<Long, Headline>> known = new ConcurrentHashMap<>();
    private final CenterBudgetService budgets;
    private final EntityManager em;
    private final Clock clock;

    Headlines(CenterBudgetService budgets, EntityManager em, Clock clock) {
        this.budgets = budgets;
        this.em = em;
        this.clock = clock;
    }

    @Override
    public Map<Long, Headline> of(List<Center> centers) {
        Map<Long, Headline> figures = new HashMap<>();
        if (centers.isEmpty()) {
            return figures;
        }
        LocalDate today = LocalDate.now(clock);
        String rates = ratesStamp();
        List<Center> stale = new ArrayList<>();
        for (Center center : centers) {
            Stamped<Long, Headline> k = known.get(center.getId());
            if (k != null && k.holds(center.getDataVersion(), rates, today)) {
                figures.put(center.getId(), k.value());
            } else {
                stale.add(center);
            }
        }
        if (!stale.isEmpty()) {
            Map<Long, Headline> computed = budgets.headlines(stale, today);
            for (Center center : stale) {
                Headline headline = computed.get(center.getId());
                figures.put(center.getId(), headline);
                known.put(
                        center.getId(),
                        new Stamped<>(center.getDataVersion(), rates, today, headline));
            }
        }
        return figures;
    }

    /** Changes whenever an exchange rate is recorded (they are only ever added). */
    @Override
    public String ratesStamp() {
        Object[] row =
                em.createQuery("select count(r), max(r.id) from ExchangeRate r", Object[].class)
                        .getSingleResult();
        return row[0] + ":" + row[1];
    }
}
