package org.rehabtrack.funding;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.rehabtrack.system.money.Money;

/** What a client sends to register a grant. */
public class NewFundingSource {

    /** The grant's code, its address in the API: "ECHO-2026-HN". */
    @NotBlank
    @Size(max = 40)
    @Pattern(regexp = "[A-Z0-9]+([-_][A-Z0-9]+)*", message = "{rehabtrack.code.pattern}")
    public String code;

    /** Acronym of the donor, a partner. */
    @NotBlank
    @Size(max = 20)
    public String donor;

    @NotNull @Valid public Money amount;

    public LocalDate startDate;

    public LocalDate endDate;
}
