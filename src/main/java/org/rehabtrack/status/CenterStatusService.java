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
import org.rehabtrack.system.problem.ApiException;
import org.rehabtrack.system.problem.ProblemType;

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
        CenterBudget budget = budget(center, statusDate, fundingSource);
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
                next == null ? null : next.schedule().due(), late, atRisk, critical, high, rag);
    }

    /** The center's money, or null while an amount cannot be converted for want of an exchange rate. */
    private CenterBudget budget(Center center, LocalDate statusDate, String fundingSource) {
        try {
            return budgets.budget(center.getCode(), statusDate, fundingSource);
        } catch (ApiException e) {
            if (e.type() == ProblemType.MISSING_RATE) {
                return null;
            }
            throw e;
        }
    }
}
