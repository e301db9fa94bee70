package org.rehabtrack.works;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.rehabtrack.system.money.Money;

/** A works package as the API shows it. */
public record WorkPackageView(
        long id,
        String center,
        String code,
        String title,
        String scope,
        String contractor,
        Money budget,
        Money contractAmount,
        LocalDate plannedStart,
        LocalDate plannedEnd,
        LocalDate actualStart,
        LocalDate actualEnd,
        WorkPackageStatus status,
        BigDecimal percentComplete,
        List<Long> findings,
        boolean illustrative,
        long version,
        Instant createdAt,
        Instant updatedAt) {

    static WorkPackageView of(WorkPackage p, List<Long> findings) {
        return new WorkPackageView(p.getId(), p.getCenter().getCode(), p.getCode(), p.getTitle(), p.getScope(),
                p.getContractor() == null ? null : p.getContractor().getAcronym(), p.getBudget(),
                p.getContractAmount(), p.getPlannedStart(), p.getPlannedEnd(), p.getActualStart(), p.getActualEnd(),
                p.getStatus(), p.getPercentComplete(), findings, p.isIllustrative(), p.getVersion(), p.getCreatedAt(),
                p.getUpdatedAt());
    }
}
