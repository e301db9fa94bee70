package org.rehabtrack.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.rehabtrack.finding.FindingCategory;
import org.rehabtrack.finding.FindingStatus;
import org.rehabtrack.finding.Severity;

/**
 * One finding as the reports list it, as it stood at the end of their cut-off date: a flat
 * projection, no entity. {@code loggedDate} is the day it was logged, {@code statusDate} the day it
 * took its status; {@code photos} counts those stored by then.
 */
public record FindingRow(
        long id,
        String center,
        LocalDate evaluationDate,
        FindingCategory category,
        Severity severity,
        String title,
        String description,
        String recommendation,
        String location,
        LocalDate loggedDate,
        FindingStatus status,
        LocalDate statusDate,
        BigDecimal estimatedCost,
        String currency,
        String workPackage,
        int photos) {}
