package org.rehabtrack.web;

import io.quarkus.qute.RawString;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import org.rehabtrack.status.CenterStatus;

/**
 * Each center's row of the dashboard as HTML, drawn once per status and language and kept while
 * that status is kept ({@code KeptStatuses}): a row shows nothing but its status, in the page's
 * language, so a page of fifty unchanged centers joins fifty kept rows instead of evaluating some
 * two thousand template expressions. Statuses are held weakly and compared by value.
 */
@ApplicationScoped
class DashboardRows {

    private final Map<Locale, Map<CenterStatus, RawString>> drawn = new ConcurrentHashMap<>();

    RawString of(CenterStatus status, Page page) {
        Map<CenterStatus, RawString> rows =
                drawn.computeIfAbsent(
                        page.locale(), locale -> Collections.synchronizedMap(new WeakHashMap<>()));
        RawString row = rows.get(status);
        if (row == null) {
            row =
                    new RawString(
                            page.localized(DashboardPage.Templates.row(DashboardRow.of(status)))
                                    .render());
            rows.put(status, row);
        }
        return row;
    }
}
