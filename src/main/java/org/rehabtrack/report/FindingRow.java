package org.rehabtrack.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.rehabtrack.finding.FindingCategory;
import org.rehabtrack.finding.FindingStatus;
import org.rehabtrack.finding.Severity;

/** One finding as the findings report lists it: a flat projection, no entity. */
public record FindingRow(String center, LocalDate evaluationDate, FindingCategory category, Severity severity,
        FindingStatus status, String title, String location, BigDecimal estimatedCost, String currency,
        String workPackage) {}
