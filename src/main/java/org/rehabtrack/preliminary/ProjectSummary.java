package org.rehabtrack.preliminary;

import java.time.LocalDate;
import java.util.List;
import org.rehabtrack.system.money.Money;

/** One version in the list of a center's preliminary project versions. */
public record ProjectSummary(
        int versionNumber, ProjectStatus status, LocalDate statusDate, List<Money> total) {

    static ProjectSummary of(PreliminaryProject p) {
        return new ProjectSummary(
                p.getVersionNumber(),
                p.getStatus(),
                p.getStatusDate(),
                p.totals().total().toList());
    }
}
