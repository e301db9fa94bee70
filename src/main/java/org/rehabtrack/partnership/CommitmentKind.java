package org.rehabtrack.partnership;

/** What a party commits to under an agreement. */
public enum CommitmentKind {
    PROVIDE_BUILDING,
    STAFF_CENTER,
    OPERATE,
    MAINTAIN,
    PAY_UTILITIES,
    OTHER
}
