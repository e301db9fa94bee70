package org.rehabtrack.center;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;
import org.rehabtrack.system.Stamped;

/**
 * The center list's views, center by center, kept between requests while they hold: a center's is
 * worked out again when its {@link CenterStamp} moved (the center, any of its records, its
 * institution), when an exchange rate was recorded, or on a new day. The stamps are read from the
 * database for every page, so an instance shows at once a change made through another; only the
 * centers whose stamp moved are read whole and rolled up. A page of a hundred unchanged centers
 * costs one query of their stamps, instead of a hundred entities and their roll-ups.
 */
@ApplicationScoped
class KeptCenterViews {

    private final ConcurrentMap<Long, Stamped<CenterStamp, CenterView>> kept =
            new ConcurrentHashMap<>();

    /**
     * Each center of the page, in the page's order. {@code views} gives, by id, the views of the
     * centers not kept (a center removed meanwhile is left out). Whatever they are read at is newer
     * than the stamps, so keeping them under the stamps is safe: a stamp read again equal means
     * nothing changed since.
     */
    List<CenterView> of(
            List<CenterStamp> page,
            String rates,
            LocalDate day,
            Function<Collection<Long>, Map<Long, CenterView>> views) {
        Map<Long, CenterView> shown = new HashMap<>();
        List<Long> missing = new ArrayList<>();
        for (CenterStamp stamp : page) {
            Stamped<CenterStamp, CenterView> k = kept.get(stamp.id());
            if (k != null && k.holds(stamp, rates, day)) {
                shown.put(stamp.id(), k.value());
            } else {
                missing.add(stamp.id());
            }
        }
        if (!missing.isEmpty()) {
            Map<Long, CenterView> read = views.apply(missing);
            for (CenterStamp stamp : page) {
                CenterView view = read.get(stamp.id());
                if (view != null) {
                    shown.put(stamp.id(), view);
                    kept.put(stamp.id(), new Stamped<>(stamp, rates, day, view));
                }
            }
        }
        List<CenterView> items = new ArrayList<>(page.size());
        for (CenterStamp stamp : page) {
            CenterView item = shown.get(stamp.id());
            if (item != null) {
                items.add(item);
            }
        }
        return items;
    }
}
