package org.rehabtrack.partnership;

/** Whether a commitment was kept. Overdue is not a status: it is derived from the due date. */
public enum CommitmentStatus {
    PENDING,
    MET,
    WAIVED
}
