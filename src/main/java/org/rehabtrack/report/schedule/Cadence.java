package org.rehabtrack.report.schedule;

/** When a schedule sends its workbooks. */
public enum Cadence {
    /** Every month, on its day of the month. */
    MONTHLY,
    /** Every quarter (January, April, July, October), on its day of the month. */
    QUARTERLY,
    /** Whenever one of its centers changes phase. */
    PHASE_CHANGE
}
