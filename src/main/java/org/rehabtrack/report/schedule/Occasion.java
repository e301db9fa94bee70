package org.rehabtrack.report.schedule;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One sending of a schedule: its key (the same on every instance, so that the database lets one
 * instance claim it: {@code 2027-01}, {@code 2027-Q1}, {@code phase-42}), when it is due, and what
 * its workbooks cover (the period, none for a phase change, and the cut-off date).
 */
public record Occasion(String key, Instant due, LocalDate from, LocalDate to, LocalDate cutOff) {}
