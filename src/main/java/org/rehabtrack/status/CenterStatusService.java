package org.rehabtrack.status;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.rehabtrack.budget.CenterBudget;
import org.rehabtrack.budget.CenterBudgetService;
import org.rehabtrack.center.Center;
import org.rehabtrack.center.CenterSummary;
import org.rehabtrack.finding.Severity;
import org.rehabtrack.milestone.MilestonePlans;
import org.rehabtrack.milestone.MilestoneStatus;
import org.rehabtrack.milestone.PlannedMilestone;
import org.rehabtrack.system.AsOf;
import org.rehabtrack.system.persistence.CenterIds;

/**
 * Works out a center's {@link CenterStatus}: the same figures in the progress workbook and on the
 * dashboard.
 */
@ApplicationScoped
public class CenterStatusService {

    private final CenterBudgetService budgets;
    private final MilestonePlans milestones;
    private final Clock clock;

    CenterStatusService(CenterBudgetService budgets, MilestonePlans milestones, Clock clock) {
        this.budgets = budgets;
        this.milestones = milestones;
        this.clock = clock;
    }

    /**
     * The status of each of several centers at a date, as the records stood at its end ({@link
     * AsOf}), their money of one funding source or all (null), given their open findings counted by
     * severity, by center id; in as many queries as for one center.
     */
    public Map<Long, CenterStatus> of(
            List<Center> centers,
            LocalDate statusDate,
            String fundingSource,
            Map<Long, Map<Severity, Integer>> open) {
        Map<Long, java.util.Optional<CenterBudget>> budgets =
                this.budgets.budgets(centers, statusDate, fundingSource);
        Map<Long, List<PlannedMilestone>> plans =
                milestones.of(
                        CenterIds.of(centers.stream().map(Center::getId).toList()),
                        AsOf.of(statusDate, clock));
        Map<Long, CenterStatus> statuses = new java.util.LinkedHashMap<>();
        for (Center center : centers) {
            statuses.put(
                    center.getId(),
                    of(
                            center,
                            statusDate,
                            budgets.get(center.getId()).orElse(null),
                            plans.getOrDefault(center.getId(), List.of()),
                            open.getOrDefault(center.getId(), Map.of())));
        }
        return statuses;
    }

    private static CenterStatus of(
            Center center,
            LocalDate statusDate,
            CenterBudget budget,
            List<PlannedMilestone> plan,
            Map<Severity, Integer> open) {
        int late = 0;
        int atRisk = 0;
        PlannedMilestone next = null;
        for (PlannedMilestone m : plan) {
            MilestoneStatus status = m.schedule().status(statusDate);
            late += status == MilestoneStatus.LATE ? 1 : 0;
            atRisk += status == MilestoneStatus.AT_RISK ? 1 : 0;
            if (m.schedule().actual() == null
                    && m.schedule().due() != null
                    && (next == null || m.schedule().due().isBefore(next.schedule().due()))) {
                next = m;
            }
        }
        int critical = open.getOrDefault(Severity.CRITICAL, 0);
        int high = open.getOrDefault(Severity.HIGH, 0);
        java.math.BigDecimal spi = budget == null ? null : budget.earnedValue().spi();
        java.math.BigDecimal cpi = budget == null ? null : budget.earnedValue().cpi();
        Rag rag = Rag.of(late, atRisk, spi, cpi, critical, high);
        return new CenterStatus(
                CenterSummary.of(center),
                budget == null ? null : budget.physicalProgress(),
                budget == null ? null : budget.financialExecution(),
                spi,
                cpi,
                next == null ? null : next.name(),
                next == null ? null : next.schedule().due(),
                late,
                atRisk,
                critical,
                high,
                rag,
                budget == null ? null : budget.budget().amount(),
                budget == null ? null : budget.spent().amount());
    }
}
