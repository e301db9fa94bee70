package org.rehabtrack.preliminary;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.rehabtrack.system.money.Money;

/**
 * Sums of money kept apart by currency: a bill of quantities may price some lines in lempiras and
 * others in dollars, and they are never added together without an exchange rate.
 */
final class Amounts {

    private final Map<String, BigDecimal> byCurrency = new TreeMap<>();

    void add(Money money) {
        byCurrency.merge(money.currency(), money.amount(), BigDecimal::add);
    }

    void addAll(Amounts other) {
        other.byCurrency.forEach(
                (currency, amount) -> byCurrency.merge(currency, amount, BigDecimal::add));
    }

    /** {@code percent} of each amount, rounded half up to cents. */
    Amounts percent(BigDecimal percent) {
        Amounts result = new Amounts();
        byCurrency.forEach(
                (currency, amount) ->
                        result.byCurrency.put(
                                currency,
                                amount.multiply(percent)
                                        .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP)));
        return result;
    }

    Amounts plus(Amounts other) {
        Amounts result = new Amounts();
        result.addAll(this);
        result.addAll(other);
        return result;
    }

    Amounts minus(Amounts other) {
        Amounts result = new Amounts();
        result.addAll(this);
        other.byCurrency.forEach(
                (currency, amount) ->
                        result.byCurrency.merge(currency, amount.negate(), BigDecimal::add));
        return result;
    }

    /** One money per currency, in currency order. */
    List<Money> toList() {
        return byCurrency.entrySet().stream()
                .map(e -> new Money(e.getValue(), e.getKey()))
                .toList();
    }
}
