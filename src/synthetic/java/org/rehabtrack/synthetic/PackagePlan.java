package org.rehabtrack.synthetic;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.rehabtrack.funding.BudgetCategory;
import org.rehabtrack.works.WorkPackageStatus;

/**
 * One synthetic works package: its budget line, money, dates, status, final progress, and how many
 * progress reports and payments it gets. A planned package has no contract, contractor, report or
 * payment; a completed one ended at 100 % on its planned end.
 *
 * @param contractor index of the contracting partner, -1 for none
 * @param source index of the grant it is charged to
 */
record PackagePlan(
        int index,
        int center,
        String code,
        String title,
        BudgetCategory category,
        int source,
        int contractor,
        String currency,
        BigDecimal budget,
        BigDecimal contract,
        LocalDate plannedStart,
        LocalDate plannedEnd,
        WorkPackageStatus status,
        BigDecimal percent,
        int reports,
        int payments) {

    boolean underWayOrDone() {
        return status != WorkPackageStatus.PLANNED;
    }

    LocalDate actualStart() {
        return underWayOrDone() ? plannedStart : null;
    }

    LocalDate actualEnd() {
        return status == WorkPackageStatus.COMPLETED ? plannedEnd : null;
    }

    /**
     * The last day reports and payments may carry: the end of the works, or today while they go on.
     */
    LocalDate lastActivity(LocalDate today) {
        return status == WorkPackageStatus.COMPLETED ? plannedEnd : today;
    }

    /**
     * The package with its reports and payments; one without any report has just started, at 0 %.
     */
    PackagePlan withActivity(int reports, int payments) {
        boolean started = reports == 0;
        return new PackagePlan(
                index,
                center,
                code,
                title,
                category,
                source,
                contractor,
                currency,
                budget,
                contract,
                plannedStart,
                plannedEnd,
                started ? WorkPackageStatus.IN_PROGRESS : status,
                started ? BigDecimal.ZERO.setScale(2) : percent,
                reports,
                payments);
    }
}
