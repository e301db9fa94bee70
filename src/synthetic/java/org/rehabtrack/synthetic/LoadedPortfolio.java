package org.rehabtrack.synthetic;

import java.time.Duration;

/** What one synthetic load wrote, table by table, and how long it took. */
public record LoadedPortfolio(
        String prefix,
        int partners,
        int fundingSources,
        int exchangeRates,
        int centers,
        int phaseChanges,
        int evaluations,
        int milestones,
        int allocations,
        int workPackages,
        int progressReports,
        int payments,
        int changeOrders,
        int findings,
        int findingTransitions,
        Duration elapsed) {

    public long rows() {
        return (long) partners
                + fundingSources
                + exchangeRates
                + centers
                + phaseChanges
                + evaluations
                + milestones
                + allocations
                + workPackages
                + progressReports
                + payments
                + changeOrders
                + findings
                + findingTransitions;
    }
}
