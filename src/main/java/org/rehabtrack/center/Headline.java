package org.rehabtrack.center;

import java.math.BigDecimal;

/**
 * The two figures a list of centers shows: physical progress and financial execution, in percent;
 * both null while a figure cannot be converted to dollars for want of a rate.
 */
public record Headline(BigDecimal physicalProgress, BigDecimal financialExecution) {

    public static final Headline NONE = new Headline(null, null);
}
