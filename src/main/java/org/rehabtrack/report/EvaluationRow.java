package org.rehabtrack.report;

import java.time.LocalDate;
import org.rehabtrack.evaluation.EvaluationKind;
import org.rehabtrack.evaluation.Measurements;

/**
 * An evaluation as a report reads it at its cut-off date: its date, its kind and what was measured,
 * as recorded then.
 */
public record EvaluationRow(LocalDate date, EvaluationKind kind, Measurements measurements) {}
