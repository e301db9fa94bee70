package org.rehabtrack.works;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.rehabtrack.funding.BudgetCategory;
import org.rehabtrack.system.money.Money;

/** A payment: when, how much in its own currency, from which grant, against which document. */
public class ExpenditureRequest {

    /** Not after today. */
    @NotNull public LocalDate date;

    @NotNull @Valid public Money amount;

    /** The code of the funding source it is charged to; the package's when left out. */
    @Size(max = 40)
    public String fundingSource;

    /** Invoice or payment order number. */
    @NotBlank
    @Size(max = 200)
    public String reference;

    /** The package's category when left out. */
    public BudgetCategory category;
}
