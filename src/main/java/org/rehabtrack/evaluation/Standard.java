package org.rehabtrack.evaluation;

import java.math.BigDecimal;

/**
 * One minimum standard: the figure, whether a value must be at least or at most it, and where it
 * comes from.
 */
public record Standard(BigDecimal threshold, Bound bound, String unit, String source) {

    public enum Bound {
        AT_LEAST,
        AT_MOST
    }

    public static Standard atLeast(BigDecimal threshold, String unit, String source) {
        return new Standard(threshold, Bound.AT_LEAST, unit, source);
    }

    public static Standard atMost(BigDecimal threshold, String unit, String source) {
        return new Standard(threshold, Bound.AT_MOST, unit, source);
    }
}
