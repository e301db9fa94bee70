package org.rehabtrack.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.rehabtrack.center.Center;
import org.rehabtrack.report.archive.Archived;
import org.rehabtrack.report.archive.Issue;
import org.rehabtrack.report.archive.ReportArchive;
import org.rehabtrack.report.archive.ReportArchiveResource;

/**
 * Issues a written workbook: archives it with what it was written for (docs/reports.md, "Archive"),
 * then sends the archived file, so that what the reader receives is byte for byte what the archive
 * keeps.
 */
@ApplicationScoped
class IssuedWorkbooks {

    private final ReportArchive archive;

    IssuedWorkbooks(ReportArchive archive) {
        this.archive = archive;
    }

    /**
     * Archives a workbook and answers it as a download; its temporary file is removed either way.
     *
     * @param parameters the request's own parameters beyond the centers, funding source, period,
     *     cut-off date and language (the history's {@code user} and {@code record}), as name and
     *     value pairs
     */
    Response issue(
            String report,
            ReportContext context,
            List<String> askedCenters,
            WorkbookFile workbook,
            String... parameters) {
        return ReportArchiveResource.send(
                keep(report, context, askedCenters, workbook, parameters));
    }

    /** Archives a workbook about to be issued; its temporary file is removed either way. */
    Archived keep(
            String report,
            ReportContext context,
            List<String> askedCenters,
            WorkbookFile workbook,
            String... parameters) {
        try {
            return archive.keep(
                    issueOf(report, context, askedCenters, parameters), workbook.path());
        } finally {
            workbook.discard();
        }
    }

    static Issue issueOf(
            String report, ReportContext context, List<String> askedCenters, String... extra) {
        ReportPeriod period = context.period();
        Query query = new Query();
        askedCenters.forEach(code -> query.add("center", code));
        query.add("fundingSource", context.fundingSource());
        query.add("from", period.from());
        query.add("to", period.to());
        query.add("statusDate", period.cutOff());
        for (int i = 0; i + 1 < extra.length; i += 2) {
            query.add(extra[i], extra[i + 1]);
        }
        query.add("lang", context.locale().getLanguage());
        return new Issue(
                report,
                ReportResource.fileName(report, context),
                context.locale().getLanguage(),
                context.allCenters(),
                context.centers().stream().map(Center::getCode).toList(),
                context.centers().stream().map(Center::getId).toList(),
                context.fundingSource(),
                period.from(),
                period.to(),
                period.cutOff(),
                query.toString(),
                context.requestedBy(),
                context.funding().donor());
    }

    /** A query string, its values encoded; a null or blank value is left out. */
    private static final class Query {
        private final List<String> pairs = new ArrayList<>();

        void add(String name, Object value) {
            if (value != null && !value.toString().isBlank()) {
                pairs.add(name + "=" + URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
            }
        }

        @Override
        public String toString() {
            return String.join("&", pairs);
        }
    }
}
