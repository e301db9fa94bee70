package org.rehabtrack.works;

import java.math.BigDecimal;
import org.rehabtrack.system.money.Money;

/**
 * What the approved change orders of a package add up to: money (in the contract's currency) and
 * days.
 */
public record Revision(BigDecimal amount, long days) {

    public static final Revision NONE = new Revision(BigDecimal.ZERO.setScale(2), 0);

    /**
     * The contract as revised: what the package has committed, the one rule for the committed
     * amount (the API's package, the budget roll-up, the workbooks); null without a contract.
     */
    public Money revise(Money contract) {
        return contract == null
                ? null
                : new Money(contract.amount().add(amount), contract.currency());
    }
}
