package org.rehabtrack.report.schedule;

/** Where a schedule's sending stands. */
public enum DeliveryStatus {
    /** Claimed, not yet sent, or to be tried again at its next attempt. */
    PENDING,
    /** Sent to every recipient. */
    SENT,
    /** Given up after the last attempt; its reason is shown on the reports page. */
    FAILED
}
