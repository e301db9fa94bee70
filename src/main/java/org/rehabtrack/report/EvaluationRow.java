package org.rehabtrack.report;

import java.time.LocalDate;
import org.rehabtrack.evaluation.Measurements;

/**
 * An evaluation as a report reads it at its cut-off date: its date and what was measured, as
 * recorded then.
 */
public record EvaluationRow(LocalDate date, Measurements measurements) {}
