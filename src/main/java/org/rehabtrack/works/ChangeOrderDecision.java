package org.rehabtrack.works;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** Approve or reject a pending change order. */
public class ChangeOrderDecision {

    @NotNull public ChangeOrderStatus status;

    /** Today if left out. */
    public LocalDate date;

    @NotNull public Long version;
}
