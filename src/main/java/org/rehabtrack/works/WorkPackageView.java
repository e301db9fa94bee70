package org.rehabtrack.works;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.rehabtrack.funding.BudgetCategory;
import org.rehabtrack.security.VisibilityScope;
import org.rehabtrack.system.money.Money;

/** A works package as the API shows it. */
public record WorkPackageView(
        long id,
        String center,
        String code,
        String title,
        String scope,
        String contractor,
        String fundingSource,
        BudgetCategory category,
        Money budget,
        Money contractAmount,
        Money revisedContractAmount,
        LocalDate plannedStart,
        LocalDate plannedEnd,
        LocalDate revisedPlannedEnd,
        LocalDate actualStart,
        LocalDate actualEnd,
        WorkPackageStatus status,
        BigDecimal percentComplete,
        List<Long> findings,
        boolean illustrative,
        long version,
        Instant createdAt,
        Instant updatedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) EarnedValueView earnedValue) {

    /** The same package with its earned value at a status date. */
    public WorkPackageView withEarnedValue(EarnedValueView value) {
        return new WorkPackageView(
                id,
                center,
                code,
                title,
                scope,
                contractor,
                fundingSource,
                category,
                budget,
                contractAmount,
                revisedContractAmount,
                plannedStart,
                plannedEnd,
                revisedPlannedEnd,
                actualStart,
                actualEnd,
                status,
                percentComplete,
                findings,
                illustrative,
                version,
                createdAt,
                updatedAt,
                value);
    }

    /**
     * The package as this reader may see it: the package itself with whoever sees its center, its
     * grant only if the reader sees that grant ({@link VisibilityScope#grantShown}).
     */
    public WorkPackageView shownTo(VisibilityScope reader) {
        return reader.showsGrant(fundingSource) ? this : withFundingSource(null);
    }

    /**
     * The same package charged to another grant, as a reader who may not see its own shows it
     * (null: none).
     */
    public WorkPackageView withFundingSource(String grant) {
        return new WorkPackageView(
                id,
                center,
                code,
                title,
                scope,
                contractor,
                grant,
                category,
                budget,
                contractAmount,
                revisedContractAmount,
                plannedStart,
                plannedEnd,
                revisedPlannedEnd,
                actualStart,
                actualEnd,
                status,
                percentComplete,
                findings,
                illustrative,
                version,
                createdAt,
                updatedAt,
                earnedValue);
    }

    /** The package, the findings it addresses, and what its approved change orders add up to. */
    static WorkPackageView of(WorkPackage p, List<Long> findings, Revision revision) {
        Money contract = p.getContractAmount();
        Money revised = revision.revise(contract);
        LocalDate revisedEnd =
                p.getPlannedEnd() == null ? null : p.getPlannedEnd().plusDays(revision.days());
        return new WorkPackageView(
                p.getId(),
                p.getCenter().getCode(),
                p.getCode(),
                p.getTitle(),
                p.getScope(),
                p.getContractor() == null ? null : p.getContractor().getAcronym(),
                p.getFundingSource() == null ? null : p.getFundingSource().getCode(),
                p.getCategory(),
                p.getBudget(),
                contract,
                revised,
                p.getPlannedStart(),
                p.getPlannedEnd(),
                revisedEnd,
                p.getActualStart(),
                p.getActualEnd(),
                p.getStatus(),
                p.getPercentComplete(),
                findings,
                p.isIllustrative(),
                p.getVersion(),
                p.getCreatedAt(),
                p.getUpdatedAt(),
                null);
    }
}
