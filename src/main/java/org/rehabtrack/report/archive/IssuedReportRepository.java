package org.rehabtrack.report.archive;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.rehabtrack.security.VisibilityScope;

@ApplicationScoped
public class IssuedReportRepository implements PanacheRepository<IssuedReport> {

    /** One page of the workbooks a reader may see, the newest first. */
    List<IssuedReport> page(
            ArchiveFilter filter,
            ZoneId zone,
            VisibilityScope scope,
            String reader,
            int index,
            int size) {
        Query query = query(filter, zone, scope, reader);
        return find(query.where + " order by r.issuedAt desc, r.id desc", query.params)
                .page(Page.of(index, size))
                .list();
    }

    long count(ArchiveFilter filter, ZoneId zone, VisibilityScope scope, String reader) {
        Query query = query(filter, zone, scope, reader);
        return count(query.where, query.params);
    }

    /** The workbooks of this SHA-256 the reader may see, the oldest first. */
    List<IssuedReport> withSha256(
            String sha256, ZoneId zone, VisibilityScope scope, String reader) {
        Query query = query(ArchiveFilter.NONE, zone, scope, reader);
        query.params.and("sha256", sha256);
        return find(query.where + " and r.sha256 = :sha256 order by r.issuedAt, r.id", query.params)
                .list();
    }

    /** Records the centers a workbook covered, in one statement whatever their number. */
    void cover(long issuedReport, java.util.Collection<Long> centers) {
        if (!centers.isEmpty()) {
            getEntityManager()
                    .createNativeQuery(
                            "insert into issued_report_center (issued_report_id, center_id)"
                                    + " select ?1, id from center where id in (?2)")
                    .setParameter(1, issuedReport)
                    .setParameter(2, centers)
                    .executeUpdate();
        }
    }

    /** The ids of the centers a workbook covered. */
    Set<Long> centersOf(long issuedReport) {
        return new java.util.HashSet<>(
                getEntityManager()
                        .createQuery(
                                "select c.centerId from IssuedReportCenter c"
                                        + " where c.issuedReportId = :id",
                                Long.class)
                        .setParameter("id", issuedReport)
                        .getResultList());
    }

    /** The bytes of every archived workbook together. */
    long bytes() {
        return getEntityManager()
                .createQuery("select coalesce(sum(r.sizeBytes), 0) from IssuedReport r", Long.class)
                .getSingleResult();
    }

    /**
     * Removes up to {@code limit} of the workbooks issued before a moment, the oldest first, with
     * their centers; answers their files' names, to remove once this is committed.
     */
    List<String> removeBefore(java.time.Instant before, int limit) {
        List<Object[]> rows =
                getEntityManager()
                        .createQuery(
                                "select r.id, r.storageName from IssuedReport r"
                                        + " where r.issuedAt < :before order by r.issuedAt, r.id",
                                Object[].class)
                        .setParameter("before", before)
                        .setMaxResults(limit)
                        .getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(row -> (Long) row[0]).toList();
        getEntityManager()
                .createQuery("delete from IssuedReportCenter c where c.issuedReportId in :ids")
                .setParameter("ids", ids)
                .executeUpdate();
        delete("id in ?1", ids);
        return rows.stream().map(row -> (String) row[1]).toList();
    }

    /** The names of every archived file, for a backup. */
    public List<String> storageNames() {
        return getEntityManager()
                .createQuery("select r.storageName from IssuedReport r", String.class)
                .getResultList();
    }

    private record Query(String where, Parameters params) {}

    /**
     * The condition of a list: the filter's, and what the reader may see ({@link
     * ReportArchive#sees}): every workbook for those who see everything; else those it asked for,
     * and those whose every center it sees, written for a reader who saw no more money than it does
     * (every grant for a State partner; only its own for a donor).
     */
    private static Query query(
            ArchiveFilter filter, ZoneId zone, VisibilityScope scope, String reader) {
        List<String> where = new ArrayList<>(List.of("1 = 1"));
        Parameters params = new Parameters();
        if (filter.report() != null) {
            where.add("r.report = :report");
            params.and("report", filter.report());
        }
        if (filter.center() != null) {
            where.add(
                    "exists (select 1 from IssuedReportCenter c"
                            + " where c.issuedReportId = r.id and c.centerId = :center)");
            params.and("center", filter.center());
        }
        if (filter.fundingSource() != null) {
            where.add("r.fundingSource = :fundingSource");
            params.and("fundingSource", filter.fundingSource());
        }
        if (filter.from() != null) {
            where.add("r.cutOff >= :from");
            params.and("from", filter.from());
        }
        if (filter.to() != null) {
            where.add("r.cutOff <= :to");
            params.and("to", filter.to());
        }
        if (filter.issuedFrom() != null) {
            where.add("r.issuedAt >= :issuedFrom");
            params.and("issuedFrom", filter.issuedSince(zone));
        }
        if (filter.issuedTo() != null) {
            where.add("r.issuedAt < :issuedTo");
            params.and("issuedTo", filter.issuedBefore(zone));
        }
        if (scope.restricted() || !scope.seesAllGrants()) {
            List<String> inScope = new ArrayList<>();
            if (scope.restricted()) {
                Set<Long> seen = scope.centerIds().orElseThrow();
                inScope.add(
                        "not exists (select 1 from IssuedReportCenter c"
                                + " where c.issuedReportId = r.id and c.centerId not in :seen)");
                params.and("seen", seen.isEmpty() ? Set.of(-1L) : seen);
            }
            if (!scope.seesAllGrants()) {
                inScope.add("r.shownDonorId = :donor");
                params.and("donor", scope.donor());
            }
            where.add("(r.requestedBy = :reader or (" + String.join(" and ", inScope) + "))");
            params.and("reader", reader);
        }
        return new Query("from IssuedReport r where " + String.join(" and ", where), params);
    }
}
