package org.rehabtrack.partnership;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Who commits to what, and by when. */
public class CommitmentDetails {

    /** Acronym of the committing partner, a party to the agreement. */
    @NotBlank
    @Size(max = 20)
    public String partner;

    @NotNull public CommitmentKind kind;

    @Size(max = 2000)
    public String description;

    public LocalDate dueDate;

    /** PENDING when left out. */
    public CommitmentStatus status;
}
