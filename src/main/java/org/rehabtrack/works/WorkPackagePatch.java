package org.rehabtrack.works;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.ArrayList;

/** A change to a works package, read over its current values, and a move in its life. */
public class WorkPackagePatch extends WorkPackageDetails {

    public WorkPackageStatus status;

    /** When the status changed; today if left out. */
    public LocalDate statusDate;

    @NotNull public Long version;

    static WorkPackagePatch of(WorkPackage p, java.util.List<Long> findings) {
        WorkPackagePatch patch = new WorkPackagePatch();
        patch.title = p.getTitle();
        patch.scope = p.getScope();
        patch.contractor = p.getContractor() == null ? null : p.getContractor().getAcronym();
        patch.fundingSource = p.getFundingSource() == null ? null : p.getFundingSource().getCode();
        patch.category = p.getCategory();
        patch.budget = p.getBudget();
        patch.contractAmount = p.getContractAmount();
        patch.plannedStart = p.getPlannedStart();
        patch.plannedEnd = p.getPlannedEnd();
        patch.findings = new ArrayList<>(findings);
        patch.status = p.getStatus();
        return patch;
    }
}
