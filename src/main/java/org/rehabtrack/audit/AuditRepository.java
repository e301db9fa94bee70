package org.rehabtrack.audit;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

@ApplicationScoped
public class AuditRepository implements PanacheRepository<AuditEntry> {

    /** A page of the entries the filter selects, newest first. */
    public List<AuditEntry> page(HistoryFilter filter, int pageIndex, int pageSize) {
        Parameters params = new Parameters();
        return find(
                        "from AuditEntry a"
                                + where(filter, params)
                                + " order by a.recordedAt desc, a.id desc",
                        params)
                .page(Page.of(pageIndex, pageSize))
                .list();
    }

    /** Every entry the filter selects, oldest first. */
    public List<AuditEntry> all(HistoryFilter filter) {
        Parameters params = new Parameters();
        return list(
                "from AuditEntry a" + where(filter, params) + " order by a.recordedAt, a.id",
                params);
    }

    public long count(HistoryFilter filter) {
        Parameters params = new Parameters();
        return count("from AuditEntry a" + where(filter, params), params);
    }

    private static String where(HistoryFilter filter, Parameters params) {
        List<String> conditions = new ArrayList<>();
        if (filter.centerId() != null) {
            conditions.add("a.centerId = :center");
            params.and("center", filter.centerId());
        }
        if (filter.from() != null) {
            conditions.add("a.recordedAt >= :from");
            params.and("from", filter.from());
        }
        if (filter.until() != null) {
            conditions.add("a.recordedAt < :until");
            params.and("until", filter.until());
        }
        if (filter.user() != null) {
            conditions.add("a.actor = :user");
            params.and("user", filter.user());
        }
        if (filter.entity() != null) {
            conditions.add("a.entity = :entity");
            params.and("entity", filter.entity());
        }
        if (!filter.funding().seesAllGrants()) {
            // A donor sees the allocations and payments of its own grants, not those of other
            // donors.
            conditions.add(
                    "(a.entity not in ('BudgetAllocation', 'Expenditure')"
                            + " or a.entity = 'BudgetAllocation' and a.entityId in (select x.id from BudgetAllocation x"
                            + " where x.fundingSource.donor.id = :donor)"
                            + " or a.entity = 'Expenditure' and a.entityId in (select x.id from Expenditure x"
                            + " where x.fundingSource.donor.id = :donor))");
            params.and("donor", filter.funding().donor());
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }
}
