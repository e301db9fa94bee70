package org.rehabtrack.system;

import java.util.Locale;
import org.rehabtrack.center.Phase;
import org.rehabtrack.system.problem.Messages;

/** The message bundle in one language, for pages: {@code {labels.get('home.title')}}. */
public record Labels(Locale locale) {

    public String get(String key) {
        return Messages.get(locale, key);
    }

    /**
     * A message with its arguments filled in: {@code get('page.chart.budgetText', budget, spent)}.
     */
    public String get(String key, Object... args) {
        return Messages.get(locale, key, args);
    }

    /** The label of a value under a prefix: {@code of('report.rag.', rag)}. */
    public String of(String prefix, Object value) {
        return value == null ? "" : get(prefix + value);
    }

    /** An amount with two decimals and the grouping of the language: 817,825.60 or 817.825,60. */
    public String money(java.math.BigDecimal amount) {
        if (amount == null) {
            return "—";
        }
        java.text.DecimalFormat format =
                new java.text.DecimalFormat(
                        "#,##0.00", java.text.DecimalFormatSymbols.getInstance(locale));
        return format.format(amount);
    }

    /** An amount with its currency, {@code 12,500.00 HNL}; a dash for none. */
    public String amount(org.rehabtrack.system.money.Money money) {
        return money == null ? "—" : money(money.amount()) + " " + money.currency();
    }

    public String phase(Phase phase) {
        return get("phase." + phase.name());
    }

    public String language() {
        return locale.getLanguage();
    }
}
