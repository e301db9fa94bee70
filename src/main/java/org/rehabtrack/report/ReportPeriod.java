package org.rehabtrack.report;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.rehabtrack.system.QueryParams;
import org.rehabtrack.system.Refusal;

/**
 * The dates of a report, read the same way for every workbook: an optional period ({@code from},
 * {@code to}) and the cut-off date, the day whose end the report describes ({@code statusDate};
 * else the end of the period; else today). {@code to} before {@code from} is refused.
 */
public record ReportPeriod(LocalDate from, LocalDate to, LocalDate cutOff) {

    /**
     * The period of a request; 400 for a date that does not parse or a period that ends before it
     * starts.
     */
    static ReportPeriod of(ReportRequest request, Clock clock) {
        return of(request.from, request.to, request.statusDate, clock);
    }

    static ReportPeriod of(String fromText, String toText, String statusDateText, Clock clock) {
        LocalDate statusDate = QueryParams.date("statusDate", statusDateText);
        LocalDate from = QueryParams.date("from", fromText);
        LocalDate to = QueryParams.date("to", toText);
        if (from != null && to != null && to.isBefore(from)) {
            throw Refusal.invalidField("to", "report.error.period");
        }
        return new ReportPeriod(
                from, to, statusDate != null ? statusDate : to != null ? to : LocalDate.now(clock));
    }

    /** A report of everything up to a cut-off date. */
    public static ReportPeriod upTo(LocalDate cutOff) {
        return new ReportPeriod(null, null, cutOff);
    }

    /**
     * The first instant after the cut-off date in a time zone: what was recorded before it counts.
     */
    public Instant endOfCutOff(ZoneId zone) {
        return cutOff.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
