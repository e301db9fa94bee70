package org.rehabtrack.evaluation;

import java.math.BigDecimal;

/**
 * The result of one check: the measured value (two decimals), the threshold, whether it passed, and
 * the source of the standard. {@code passed} is null when the figures needed were not measured.
 */
public record StandardCheck(
        StandardCheckKind check,
        BigDecimal value,
        BigDecimal threshold,
        Standard.Bound bound,
        String unit,
        Boolean passed,
        String source) {}
