package org.rehabtrack.finding;

import org.rehabtrack.system.problem.Labelled;

/** How urgent a finding is, most urgent first. */
@Labelled("finding.severity")
public enum Severity {
    CRITICAL,
    HIGH,
    MEDIUM,
    LOW
}
