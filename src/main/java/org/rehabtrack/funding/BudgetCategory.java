package org.rehabtrack.funding;

import org.rehabtrack.system.problem.Labelled;

/** What part of a center's budget money is planned for. */
@Labelled("budget.category")
public enum BudgetCategory {
    CONSTRUCTION,
    EQUIPMENT,
    SUPERVISION,
    CONTINGENCY,
    OTHER
}
