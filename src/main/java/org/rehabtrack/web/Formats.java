package org.rehabtrack.web;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.rehabtrack.system.money.Money;

/**
 * The one place that writes dates, numbers, money and percentages on a page, as Honduras writes
 * them: templates call it as <code>&#123;fmt:money(b.budget.amount)&#125;</code> (the locale is the
 * template's, set by {@link Page#localized}), Java code that draws a page (charts, history) through
 * an instance for the page's locale. A missing value is a dash.
 *
 * <p>Numbers group thousands with a comma and mark decimals with a point in both languages ({@code
 * 817,825.60}), as Honduras does; dates are day first, {@code 28/11/2026} in Spanish and {@code 28
 * Nov 2026} in English, so that no reader takes the day for the month.
 */
public record Formats(Locale locale) {

    static final String NONE = "—";

    /** A no-break space and the percent sign, so that a narrow column keeps them together. */
    private static final String PERCENT = "\u00a0%";

    /** Honduras's number symbols, the same in Spanish and English. */
    private static final DecimalFormatSymbols HONDURAS =
            DecimalFormatSymbols.getInstance(Locale.US);

    private static final DateTimeFormatter SPANISH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter ENGLISH_DATE =
            DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    /** An amount with two decimals: {@code 817,825.60}. */
    public String money(BigDecimal amount) {
        return amount == null ? NONE : new DecimalFormat("#,##0.00", HONDURAS).format(amount);
    }

    /** An amount with its currency, {@code 12,500.00 HNL}. */
    public String amount(Money money) {
        return money == null ? NONE : money(money.amount()) + " " + money.currency();
    }

    /** A date, day first: {@code 28/11/2026} in Spanish, {@code 28 Nov 2026} in English. */
    public String date(LocalDate date) {
        return date == null ? NONE : dates().format(date);
    }

    /** An instant in the service's zone, to the minute: {@code 28/11/2026 14:05}. */
    public String dateTime(Instant instant, ZoneId zone) {
        if (instant == null) {
            return NONE;
        }
        var local = instant.atZone(zone);
        return dates().format(local) + " " + TIME.format(local);
    }

    /**
     * A figure such as an index (SPI, CPI), a count or a measurement, with its decimals as computed
     * and the thousands grouped: {@code 1,250.5}.
     */
    public String number(Object number) {
        if (number == null) {
            return NONE;
        }
        if (number instanceof BigDecimal || number instanceof Long || number instanceof Integer) {
            DecimalFormat format = new DecimalFormat("#,##0", HONDURAS);
            format.setMaximumFractionDigits(
                    number instanceof BigDecimal d ? Math.max(0, d.scale()) : 0);
            format.setMinimumFractionDigits(format.getMaximumFractionDigits());
            return format.format(number);
        }
        return number.toString();
    }

    /** A percentage held as a number of percent, never broken before its sign: {@code 40.5 %}. */
    public String percent(BigDecimal percent) {
        return percent == null ? NONE : number(percent) + PERCENT;
    }

    /** A works package's progress: none reported yet is 0 %. */
    public String progress(BigDecimal percent) {
        return percent == null ? "0" + PERCENT : percent(percent);
    }

    private DateTimeFormatter dates() {
        return "es".equals(locale.getLanguage()) ? SPANISH_DATE : ENGLISH_DATE;
    }

    /** A share of a whole (0.45) as a rounded percentage for charts: {@code 45%}. */
    public String share(BigDecimal share) {
        return share == null
                ? NONE
                : share.multiply(BigDecimal.valueOf(100)).setScale(0, RoundingMode.HALF_UP) + "%";
    }

    /** The same formats in templates, under the namespace {@code fmt}, in the template's locale. */
    @TemplateExtension(namespace = "fmt")
    static final class InTemplates {

        private InTemplates() {}

        static String money(BigDecimal amount, @TemplateAttribute("locale") Object locale) {
            return of(locale).money(amount);
        }

        static String amount(Money money, @TemplateAttribute("locale") Object locale) {
            return of(locale).amount(money);
        }

        static String date(LocalDate date, @TemplateAttribute("locale") Object locale) {
            return of(locale).date(date);
        }

        static String number(Object number, @TemplateAttribute("locale") Object locale) {
            return of(locale).number(number);
        }

        static String percent(BigDecimal percent, @TemplateAttribute("locale") Object locale) {
            return of(locale).percent(percent);
        }

        static String progress(BigDecimal percent, @TemplateAttribute("locale") Object locale) {
            return of(locale).progress(percent);
        }

        private static Formats of(Object locale) {
            return new Formats(locale instanceof Locale l ? l : Locale.ENGLISH);
        }
    }
}
