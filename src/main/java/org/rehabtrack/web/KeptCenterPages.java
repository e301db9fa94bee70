package org.rehabtrack.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
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

    /**
     * How many pages are kept: a hundred pages of the benchmark's largest portfolio held 8.5 MB of
     * heap (docs/benchmarks.md).
     */
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
    private final TransactionManager transactions;

    KeptCenterPages(
            CenterFigures figures,
            PartnerService partners,
            UserService users,
            Visibility visibility,
            Clock clock,
            TransactionManager transactions) {
        this.transactions = transactions;
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
        if (!withinTransaction()) {
            // Within a transaction the page may show writes that are then rolled back: shown, not
            // kept.
            kept.put(key, new Stamped<>(stamp, rates, today, shown));
        }
        return shown;
    }

    private boolean withinTransaction() {
        try {
            return transactions.getStatus() != Status.STATUS_NO_TRANSACTION;
        } catch (SystemException e) {
            return true;
        }
    }
}
