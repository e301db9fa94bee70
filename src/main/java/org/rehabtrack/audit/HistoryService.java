package org.rehabtrack.audit;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.rehabtrack.center.CenterRepository;
import org.rehabtrack.security.Visibility;
import org.rehabtrack.system.PageRequest;
import org.rehabtrack.system.Paged;
import org.rehabtrack.system.QueryParams;
import org.rehabtrack.system.Refusal;

/** Reads the audit trail: a center's history, or the whole trail, by date, user and record kind. */
@ApplicationScoped
public class HistoryService {

    private final AuditRepository entries;
    private final CenterRepository centers;
    private final Visibility visibility;
    private final Clock clock;

    HistoryService(
            AuditRepository entries, CenterRepository centers, Visibility visibility, Clock clock) {
        this.entries = entries;
        this.visibility = visibility;
        this.centers = centers;
        this.clock = clock;
    }

    /**
     * The filter of a request: a center's code (null for the whole trail), the first and last day
     * (dates, in the service's zone, both included), a user name and a kind of record; with whose
     * money the signed-in user sees, taken now, so that a workbook written on another thread keeps
     * it.
     */
    public HistoryFilter filter(
            String centerCode, String from, String to, String user, String record) {
        Long centerId = centerCode == null ? null : centers.require(centerCode).getId();
        LocalDate first = QueryParams.date("from", from);
        LocalDate last = QueryParams.date("to", to);
        if (first != null && last != null && last.isBefore(first)) {
            throw Refusal.invalidField("to", "report.error.period");
        }
        return new HistoryFilter(
                centerId,
                start(first),
                last == null ? null : start(last.plusDays(1)),
                user == null || user.isBlank() ? null : user.strip(),
                record == null || record.isBlank() ? null : record.strip(),
                visibility.scope());
    }

    public Paged<HistoryEntryView> page(HistoryFilter filter, PageRequest page) {
        List<HistoryEntryView> items =
                entries.page(filter, page.index(), page.size).stream()
                        .map(entry -> HistoryEntryView.of(entry, filter.funding()))
                        .toList();
        return new Paged<>(items, entries.count(filter), page);
    }

    /** Every entry the filter selects, oldest first, for the history workbook. */
    public List<HistoryEntryView> all(HistoryFilter filter) {
        return entries.all(filter).stream()
                .map(entry -> HistoryEntryView.of(entry, filter.funding()))
                .toList();
    }

    private Instant start(LocalDate day) {
        return day == null ? null : day.atStartOfDay(clock.getZone()).toInstant();
    }
}
