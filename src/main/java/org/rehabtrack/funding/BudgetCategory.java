package org.rehabtrack.funding;

/** What part of a center's budget money is planned for. */
public enum BudgetCategory {
    CONSTRUCTION,
    EQUIPMENT,
    SUPERVISION,
    CONTINGENCY,
    OTHER
}
