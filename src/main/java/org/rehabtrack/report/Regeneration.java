package org.rehabtrack.report;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.rehabtrack.audit.Corrections;
import org.rehabtrack.center.Center;
import org.rehabtrack.center.CenterService;
import org.rehabtrack.report.archive.Issue;
import org.rehabtrack.report.archive.Reissue;
import org.rehabtrack.report.archive.ReportArchive;
import org.rehabtrack.report.archive.WorkbookContents;
import org.rehabtrack.security.Visibility;
import org.rehabtrack.security.VisibilityScope;
import org.rehabtrack.security.VisibilityScopes;
import org.rehabtrack.system.Refusal;

/**
 * Writes an archived workbook again and compares it with the archived one, cell by cell (docs/
 * reports.md, "Archive"). It is written as it was: the same centers, funding source, period,
 * cut-off date and language, for the same reader's view of the money, as of the moment it was
 * issued (so its title block is the same). A workbook for a past date then has the same cells
 * unless a correction was recorded since; the comparison lists those corrections.
 */
@ApplicationScoped
public class Regeneration {

    private final ReportArchive archive;
    private final CenterService centers;
    private final Visibility visibility;
    private final VisibilityScopes scopes;
    private final Corrections corrections;
    private final ReportWriters writers;
    private final Clock clock;

    Regeneration(
            ReportArchive archive,
            CenterService centers,
            Visibility visibility,
            VisibilityScopes scopes,
            Corrections corrections,
            ReportWriters writers,
            Clock clock) {
        this.archive = archive;
        this.centers = centers;
        this.visibility = visibility;
        this.scopes = scopes;
        this.corrections = corrections;
        this.writers = writers;
        this.clock = clock;
    }

    /** Writes the archived workbook again and compares; 404 for one the reader may not see. */
    public Comparison compare(long id, String reader, URI base) {
        Reissue reissue = archive.reissue(id, visibility.scope(), reader);
        String report = reissue.issue().report();
        if (!ReportWriters.writes(report)) {
            throw Refusal.invalidField("id", "archive.error.notRegenerated", report);
        }
        ReportContext context = context(reissue, base);
        WorkbookFile written = writers.write(report, context);
        try {
            Map<String, String> archived = WorkbookContents.of(reissue.file());
            Map<String, String> now = WorkbookContents.of(written.path());
            return compare(id, archived, now, context, reissue);
        } finally {
            written.discard();
        }
    }

    private Comparison compare(
            long id,
            Map<String, String> archived,
            Map<String, String> now,
            ReportContext context,
            Reissue reissue) {
        Set<String> cells = new LinkedHashSet<>(archived.keySet());
        cells.addAll(now.keySet());
        List<Comparison.CellDifference> differences = new ArrayList<>();
        int differing = 0;
        for (String cell : cells) {
            String before = archived.get(cell);
            String after = now.get(cell);
            if (!java.util.Objects.equals(before, after)) {
                differing++;
                if (differences.size() < Comparison.LISTED) {
                    differences.add(new Comparison.CellDifference(cell, before, after));
                }
            }
        }
        List<org.rehabtrack.audit.HistoryEntryView> since =
                corrections.of(context.centerIds(), context.asOf(), context.funding()).stream()
                        .map(Corrections.Correction::entry)
                        .filter(entry -> entry.at().isAfter(reissue.issuedAt()))
                        .toList();
        return new Comparison(id, differing == 0, cells.size(), differing, differences, since);
    }

    /** The context the workbook was written in, as of the moment it was issued. */
    private ReportContext context(Reissue reissue, URI base) {
        Issue issue = reissue.issue();
        // Every center by its code, read once, then the workbook's in its order.
        Map<String, Center> byCode =
                centers.seenBy(VisibilityScope.EVERYTHING).stream()
                        .collect(java.util.stream.Collectors.toMap(Center::getCode, c -> c));
        List<Center> covered = new ArrayList<>();
        for (String code : issue.centerCodes()) {
            Center center = byCode.get(code);
            if (center == null) {
                throw Refusal.notFound("center.notFound", code);
            }
            covered.add(center);
        }
        VisibilityScope funding =
                issue.shownDonor() == null
                        ? VisibilityScope.EVERYTHING
                        : scopes.ofDonor(issue.shownDonor());
        return new ReportContext(
                Locale.forLanguageTag(issue.language()),
                covered,
                issue.allCenters(),
                issue.fundingSource(),
                new ReportPeriod(issue.from(), issue.to(), issue.cutOff()),
                reissue.issuedAt(),
                clock.getZone(),
                issue.requestedBy(),
                funding,
                base);
    }
}
