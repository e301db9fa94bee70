package org.rehabtrack.evaluation;

import java.time.LocalDate;
import java.util.List;

/** A later evaluation set against an earlier one, check by check. */
public record EvaluationComparison(
        long evaluation,
        LocalDate date,
        long comparedWith,
        LocalDate comparedWithDate,
        List<StandardCheckKind> nowPassing,
        List<CheckComparison> checks) {}
