package org.rehabtrack.works;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.rehabtrack.funding.BudgetCategory;
import org.rehabtrack.system.money.Money;

/** The fields of a works package that clients set, shared by its creation and its updates. */
public class WorkPackageDetails {

    @NotBlank
    @Size(max = 200)
    public String title;

    @Size(max = 10_000)
    public String scope;

    /** Acronym of the contractor, a partner; required once contracted. */
    @Size(max = 20)
    public String contractor;

    /** Code of the grant the package is charged to; the grant must allocate money to the center. */
    @Size(max = 40)
    public String fundingSource;

    /** The budget category the package is charged to; CONSTRUCTION when left out. */
    public BudgetCategory category;

    /** The budget; or leave it out and name {@link #budgetFromBoq} chapters. */
    @Valid public Money budget;

    /** Chapter codes of the approved preliminary project whose totals make the budget. */
    @Size(max = 100)
    public List<@NotBlank String> budgetFromBoq = new ArrayList<>();

    /** The amount contracted; required once contracted. */
    @Valid public Money contractAmount;

    public LocalDate plannedStart;

    public LocalDate plannedEnd;

    /** Ids of the center's findings this package addresses; they become planned. */
    @NotNull
    @Size(max = 500)
    public List<@NotNull Long> findings = new ArrayList<>();
}
