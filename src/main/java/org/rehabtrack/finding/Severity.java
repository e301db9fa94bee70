package org.rehabtrack.finding;

/** How urgent a finding is, most urgent first. */
public enum Severity {
    CRITICAL,
    HIGH,
    MEDIUM,
    LOW
}
