package org.rehabtrack.status;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.rehabtrack.budget.CenterBudget;
import org.rehabtrack.budget.CenterBudgetService;
import org.rehabtrack.center.Center;
import org.rehabtrack.finding.Severity;
import org.rehabtrack.milestone.Milestone;
import org.rehabtrack.milestone.MilestoneRepository;
import org.rehabtrack.milestone.MilestoneStatus;

/** Works out a center's {@link CenterStatus}: the same figures in the progress workbook and on the dashboard. */
@ApplicationScoped
public class CenterStatusService {

    private final CenterBudgetService budgets;
    private final MilestoneRepository milestones;

    CenterStatusService(CenterBudgetService budgets, MilestoneRepository milestones) {
        this.budgets = budgets;
        this.milestones = milestones;
    }

    /**
     * A center's status at a date, its money of one funding source or all (null), given its open
     * findings counted by severity.
     */
    public CenterStatus of(Center center, LocalDate statusDate, String fundingSource, Map<Severity, Integer> open) {
        CenterBudget budget = budgets.convertible(center.getCode(), statusDate, fundingSource).orElse(null);
        List<Milestone> plan = milestones.forCenter(center);
        int late = 0;
        int atRisk = 0;
        Milestone next = null;
        for (Milestone m : plan) {
            MilestoneStatus status = m.schedule().status(statusDate);
            late += status == MilestoneStatus.LATE ? 1 : 0;
            atRisk += status == MilestoneStatus.AT_RISK ? 1 : 0;
            if (m.getActualDate() == null && m.schedule().due() != null
                    && (next == null || m.schedule().due().isBefore(next.schedule().due()))) {
                next = m;
            }
        }
        int critical = open.getOrDefault(Severity.CRITICAL, 0);
        int high = open.getOrDefault(Severity.HIGH, 0);
        java.math.BigDecimal spi = budget == null ? null : budget.earnedValue().spi();
        java.math.BigDecimal cpi = budget == null ? null : budget.earnedValue().cpi();
        Rag rag = Rag.of(late, atRisk, spi, cpi, critical, high);
        return new CenterStatus(center, budget == null ? null : budget.physicalProgress(),
                budget == null ? null : budget.financialExecution(), spi, cpi, next == null ? null : next.getName(),
                next == null ? null : next.schedule().due(), late, atRisk, critical, high, rag,
                budget == null ? null : budget.budget().amount(), budget == null ? null : budget.spent().amount());
    }
}
