package org.rehabtrack.partnership;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The fields of an agreement that clients set, shared by its creation and its updates. */
public class AgreementDetails {

    @NotNull public AgreementType type;

    @NotBlank
    @Size(max = 200)
    public String title;

    /** Acronyms of the partners party to it. */
    @NotEmpty
    @Size(max = 20)
    public List<@NotBlank String> parties = new ArrayList<>();

    /** Required once signed; not after today. */
    public LocalDate signatureDate;

    public LocalDate validFrom;

    public LocalDate validUntil;

    /** Where the signed document is filed. */
    @Size(max = 200)
    public String documentReference;

    @Size(max = 10_000)
    public String notes;
}
