package org.rehabtrack.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.rehabtrack.center.Center;
import org.rehabtrack.center.CenterFigures;
import org.rehabtrack.center.CenterStamp;
import org.rehabtrack.partner.PartnerService;
import org.rehabtrack.security.UserService;
import org.rehabtrack.security.Visibility;
import org.rehabtrack.security.VisibilityScope;
import org.rehabtrack.system.Stamped;

/**
 * What each center's page shows, kept between requests while it holds, as the dashboard keeps each
 * center's status: worked out again when the center's {@link CenterStamp} moved (the center, any of
 * its records, its institution), when an exchange rate was recorded, when a partner or a user was
 * added or changed (the page names them), or on a new day. The stamps are read from the database on
 * every request, so a change made through another instance shows at once.
 *
 * <p>Kept apart for each language and for each way of seeing money (a donor sees the other donors'
 * money as one line); only the {@value #KEPT} most recently used, so that memory stays bounded at
 * any portfolio size.
 */
@ApplicationScoped
class KeptCenterPages {

    /** How many pages are kept; a page of a large center holds a few hundred kilobytes. */
    static final int KEPT = 100;

    /** Which page: the center, the language, and the money the reader sees. */
    record Key(long center, Locale locale, Long donor, Map<Long, String> ownGrants) {}

    /** What the page was worked out under, besides the rates and the day. */
    record Stamp(CenterStamp center, String partners, String users) {}

    private final Cache<Key, Stamped<Stamp, CenterPage.Shown>> kept =
            Caffeine.newBuilder().maximumSize(KEPT).build();
    private final CenterFigures figures;
    private final PartnerService partners;
    private final UserService users;
    private final Visibility visibility;
    private final Clock clock;

    KeptCenterPages(
            CenterFigures figures,
            PartnerService partners,
            UserService users,
            Visibility visibility,
            Clock clock) {
        this.figures = figures;
        this.partners = partners;
        this.users = users;
        this.visibility = visibility;
        this.clock = clock;
    }

    /**
     * The center's page in this language for the signed-in reader: the kept one while it holds,
     * else worked out for today (after the stamps were read, so what is kept is at least as new as
     * what it is kept under).
     */
    CenterPage.Shown of(Center center, Locale locale, Function<LocalDate, CenterPage.Shown> work) {
        LocalDate today = LocalDate.now(clock);
        String rates = figures.ratesStamp();
        Stamp stamp = new Stamp(CenterStamp.of(center), partners.stamp(), users.stamp());
        VisibilityScope scope = visibility.scope();
        Key key = new Key(center.getId(), locale, scope.donor(), scope.ownGrants());
        Stamped<Stamp, CenterPage.Shown> found = kept.getIfPresent(key);
        if (found != null && found.holds(stamp, rates, today)) {
            return found.value();
        }
        CenterPage.Shown shown = work.apply(today);
        if (!QuarkusTransaction.isActive()) {
            // Within a transaction the page may show writes that are then rolled back: shown, not
            // kept.
            kept.put(key, new Stamped<>(stamp, rates, today, shown));
        }
        return shown;
    }
}
