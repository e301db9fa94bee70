package org.rehabtrack.partnership;

import org.rehabtrack.system.problem.Labelled;

/** Whether a commitment was kept. Overdue is not a status: it is derived from the due date. */
@Labelled("commitment.status")
public enum CommitmentStatus {
    PENDING,
    MET,
    WAIVED
}
