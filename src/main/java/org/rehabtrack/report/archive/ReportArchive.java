package org.rehabtrack.report.archive;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.rehabtrack.funding.FundingSourceRepository;
import org.rehabtrack.security.VisibilityScope;
import org.rehabtrack.system.PageRequest;
import org.rehabtrack.system.Paged;
import org.rehabtrack.system.Refusal;

/**
 * Every workbook RehabTrack issues, kept with what it was issued for ({@link Issue}) in the archive
 * folder ({@link ArchiveStorage}): listed, downloaded again byte for byte, and recognised from a
 * copy by its SHA-256.
 *
 * <p>Who sees an archived workbook: whoever sees every center and every grant sees them all; a
 * donor or a State partner sees those it asked for, and those whose every center it sees written
 * for a reader who saw no more money than it does (a State partner sees every grant's money; a
 * donor only its own grants', so only workbooks written for that donor).
 */
@ApplicationScoped
public class ReportArchive {

    private final ArchiveStorage storage;
    private final IssuedReportRepository issued;
    private final FundingSourceRepository fundingSources;
    private final Clock clock;

    ReportArchive(
            ArchiveStorage storage,
            IssuedReportRepository issued,
            FundingSourceRepository fundingSources,
            Clock clock) {
        this.fundingSources = fundingSources;
        this.storage = storage;
        this.issued = issued;
        this.clock = clock;
    }

    /**
     * Keeps a workbook about to be issued: a copy of its file in the archive and its record, in a
     * transaction of its own; the copy is removed again when the record cannot be written. The
     * caller sends the archived file and removes its own.
     */
    public Archived keep(Issue issue, Path workbook) {
        StoredFile file = storage.store(workbook);
        try {
            long id =
                    QuarkusTransaction.requiringNew()
                            .call(
                                    () -> {
                                        IssuedReport record =
                                                new IssuedReport(issue, clock.instant(), file);
                                        issued.persist(record);
                                        issued.cover(record.getId(), issue.centerIds());
                                        return record.getId();
                                    });
            return new Archived(
                    id,
                    storage.resolve(file.name()),
                    issue.fileName(),
                    issue.report(),
                    issue.language());
        } catch (RuntimeException e) {
            storage.remove(file.name());
            throw e;
        }
    }

    /**
     * A grant's code as a filter, or null for none; one the reader may not see is refused as an
     * unknown one (400), as the reports refuse it.
     */
    @Transactional
    public String grant(String code, VisibilityScope scope) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String stripped = code.strip();
        return fundingSources
                .findSeenBy(stripped, scope)
                .orElseThrow(
                        () -> Refusal.invalidField("fundingSource", "funding.unknown", stripped))
                .getCode();
    }

    /** One page of the archived workbooks the reader may see, the newest first. */
    @Transactional
    public Paged<IssuedReportView> list(
            ArchiveFilter filter, VisibilityScope scope, String reader, PageRequest page) {
        List<IssuedReportView> items =
                issued
                        .page(filter, clock.getZone(), scope, reader, page.index(), page.size)
                        .stream()
                        .map(IssuedReportView::of)
                        .toList();
        return new Paged<>(items, issued.count(filter, clock.getZone(), scope, reader), page);
    }

    /** An archived workbook the reader may see; 404 as for none otherwise. */
    @Transactional
    public IssuedReportView find(long id, VisibilityScope scope, String reader) {
        return IssuedReportView.of(require(id, scope, reader).report());
    }

    /** The file of an archived workbook the reader may see, to send again as it was. */
    @Transactional
    public Archived file(long id, VisibilityScope scope, String reader) {
        IssuedReport report = require(id, scope, reader).report();
        return archived(report);
    }

    /**
     * The file of an archived workbook a signed link names ({@link ArchiveLinks}), by its id and
     * file name; 404 when the name is not its own.
     */
    @Transactional
    public Archived linked(long id, String fileName) {
        IssuedReport report = issued.findById(id);
        if (report == null || !report.getFileName().equals(fileName)) {
            throw Refusal.notFound("archive.notFound", id);
        }
        return archived(report);
    }

    /** What writes an archived workbook the reader may see again, and its file. */
    @Transactional
    public Reissue reissue(long id, VisibilityScope scope, String reader) {
        Seen seen = require(id, scope, reader);
        IssuedReport report = seen.report();
        Issue issue =
                new Issue(
                        report.getReport(),
                        report.getFileName(),
                        report.getLanguage(),
                        report.isAllCenters(),
                        report.getCenterCodes(),
                        List.copyOf(seen.centers()),
                        report.getFundingSource(),
                        report.getPeriodFrom(),
                        report.getPeriodTo(),
                        report.getCutOff(),
                        report.getParameters(),
                        report.getRequestedBy(),
                        report.getShownDonorId());
        return new Reissue(id, issue, report.getIssuedAt(), existingFile(report));
    }

    /** The archived workbooks of these ids whose files are in the folder. */
    @Transactional
    public List<Archived> archived(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return issued.list("id in ?1", ids).stream()
                .filter(r -> Files.isRegularFile(storage.resolve(r.getStorageName())))
                .map(this::archived)
                .toList();
    }

    private Archived archived(IssuedReport report) {
        return new Archived(
                report.getId(),
                existingFile(report),
                report.getFileName(),
                report.getReport(),
                report.getLanguage());
    }

    /** An archived workbook's file; 404 when it is missing from the folder. */
    private Path existingFile(IssuedReport report) {
        Path file = storage.resolve(report.getStorageName());
        if (!Files.isRegularFile(file)) {
            throw Refusal.notFound("archive.fileMissing", report.getId());
        }
        return file;
    }

    /** Whether a workbook was issued by RehabTrack: the archived workbooks of its bytes. */
    @Transactional
    public Verification verify(Path copy, VisibilityScope scope, String reader) {
        requireWorkbook(copy);
        String sha256 = ArchiveStorage.sha256Of(copy);
        List<IssuedReportView> same =
                issued.withSha256(sha256, clock.getZone(), scope, reader).stream()
                        .map(IssuedReportView::of)
                        .toList();
        return new Verification(sha256, !same.isEmpty(), same);
    }

    /**
     * Refuses (415) what is not a workbook: an Excel workbook is a zip whose central directory
     * names {@code [Content_Types].xml}; reading that directory reads none of the sheets.
     */
    private static void requireWorkbook(Path copy) {
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(copy.toFile())) {
            if (zip.getEntry("[Content_Types].xml") != null) {
                return;
            }
        } catch (java.io.IOException notAZip) {
            // Not a zip, or a truncated one: refused below.
        }
        throw Refusal.refused(
                org.rehabtrack.system.Refusal.Reason.UNSUPPORTED_MEDIA_TYPE,
                "archive.error.notWorkbook");
    }

    /** An archived workbook and the ids of the centers it covered. */
    private record Seen(IssuedReport report, Set<Long> centers) {}

    /** An archived workbook the reader may see, with its centers; 404 as for none otherwise. */
    private Seen require(long id, VisibilityScope scope, String reader) {
        IssuedReport report = issued.findById(id);
        Set<Long> centers = report == null ? Set.of() : issued.centersOf(id);
        if (report == null || !sees(report, centers, scope, reader)) {
            throw Refusal.notFound("archive.notFound", id);
        }
        return new Seen(report, centers);
    }

    /**
     * The rule of the class comment, for one workbook (the repository's queries apply the same).
     */
    static boolean sees(
            IssuedReport report, Set<Long> centers, VisibilityScope scope, String reader) {
        if (report.getRequestedBy().equals(reader)) {
            return true;
        }
        boolean inScope = centers.stream().allMatch(scope::seesCenter);
        boolean money =
                scope.seesAllGrants()
                        || java.util.Objects.equals(report.getShownDonorId(), scope.donor());
        return inScope && money;
    }
}
