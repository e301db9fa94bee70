package org.rehabtrack.partner;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a client sends to register an institution. */
public class PartnerFields {

    @NotBlank
    @Size(max = 20)
    @Pattern(regexp = "[A-Z0-9][A-Z0-9-]*", message = "{rehabtrack.acronym.pattern}")
    public String acronym;

    @NotBlank
    @Size(max = 200)
    public String name;

    @NotNull public PartnerKind kind;

    @Size(max = 200)
    public String contact;
}
