package org.rehabtrack.milestone;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A request to move a milestone's baseline on purpose. */
public class NewRebaseline {

    @NotNull public LocalDate baselineDate;

    @NotBlank
    @Size(max = 1000)
    public String reason;

    /** The version of the milestone the client last read. */
    @NotNull public Long version;
}
