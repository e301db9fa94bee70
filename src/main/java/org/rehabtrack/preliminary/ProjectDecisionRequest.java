package org.rehabtrack.preliminary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A move of the current version: submit, withdraw, approve or reject (the last two say who
 * decided).
 */
public class ProjectDecisionRequest {

    @NotNull public ProjectStatus status;

    /** When; today if left out. Not after today. */
    public LocalDate date;

    /** Acronym of the deciding institution; required to approve or reject. */
    @Size(max = 20)
    public String institution;

    @Size(max = 200)
    public String person;

    @Size(max = 2000)
    public String note;

    @NotNull public Long version;
}
