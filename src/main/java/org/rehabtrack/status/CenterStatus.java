package org.rehabtrack.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.rehabtrack.center.CenterSummary;

/**
 * Where a center stands at a status date: physical and financial progress (percent), schedule and
 * cost indices, its next milestone, late milestones, open critical and high findings, and the
 * red/amber/green status these give; its budget and spent to date in dollars. The money figures are
 * null while an amount cannot be converted for want of an exchange rate.
 */
public record CenterStatus(
        CenterSummary center,
        BigDecimal physicalProgress,
        BigDecimal financialExecution,
        BigDecimal spi,
        BigDecimal cpi,
        String nextMilestone,
        LocalDate nextDue,
        int lateMilestones,
        int atRiskMilestones,
        int openCritical,
        int openHigh,
        Rag rag,
        BigDecimal budgetUsd,
        BigDecimal spentUsd) {}
