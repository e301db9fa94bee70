package org.rehabtrack.funding;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.rehabtrack.system.money.Money;

/** Money of a grant planned for a center and category, in the grant's currency. */
public class NewAllocation {

    /** The center's code. */
    @NotBlank
    @Size(max = 32)
    public String center;

    @NotNull public BudgetCategory category;

    @NotNull @Valid public Money amount;
}
