package org.rehabtrack.works;

import org.rehabtrack.system.problem.Labelled;

/** A change order is pending until approved or rejected; only approved ones revise the contract. */
@Labelled("changeOrder.status")
public enum ChangeOrderStatus {
    PENDING,
    APPROVED,
    REJECTED
}
