package org.rehabtrack.works;

/** A change order is pending until approved or rejected; only approved ones revise the contract. */
public enum ChangeOrderStatus {
    PENDING,
    APPROVED,
    REJECTED
}
