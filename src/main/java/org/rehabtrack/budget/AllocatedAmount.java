package org.rehabtrack.budget;

import java.math.BigDecimal;
import java.time.Instant;
import org.rehabtrack.funding.BudgetCategory;

/**
 * An allocation of a grant to a center's category, in the grant's currency, of the amount it had at
 * the date asked for ({@link CenterBudgetService#allocations}); recorded at {@code createdAt}.
 */
public record AllocatedAmount(
        long id,
        long center,
        BudgetCategory category,
        String source,
        String sourceCurrency,
        String donor,
        BigDecimal amount,
        Instant createdAt) {

    /** The same allocation of another amount: the one it had at a past instant. */
    AllocatedAmount of(BigDecimal then) {
        return new AllocatedAmount(
                id, center, category, source, sourceCurrency, donor, then, createdAt);
    }
}
