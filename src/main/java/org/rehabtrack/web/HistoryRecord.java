package org.rehabtrack.web;

/**
 * The kinds of record the audit trail names (by their entity's simple name), so that a center's
 * history shows each in the page's language instead of the stored English name.
 */
public enum HistoryRecord {
    Center,
    Milestone,
    Evaluation,
    Finding,
    Agreement,
    Commitment,
    PreliminaryProject,
    BoqChapter,
    BoqLine,
    WorkPackage,
    ProgressReport,
    ChangeOrder,
    Expenditure,
    FundingSource,
    BudgetAllocation,
    UserAccount;

    /** The kind of a record stored under that name, or none for a name the pages do not know. */
    static HistoryRecord of(String name) {
        for (HistoryRecord record : values()) {
            if (record.name().equals(name)) {
                return record;
            }
        }
        return null;
    }
}
