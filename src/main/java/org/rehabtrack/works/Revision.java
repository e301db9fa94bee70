package org.rehabtrack.works;

import java.math.BigDecimal;

/**
 * What the approved change orders of a package add up to: money (in the contract's currency) and
 * days.
 */
public record Revision(BigDecimal amount, long days) {

    public static final Revision NONE = new Revision(BigDecimal.ZERO.setScale(2), 0);
}
