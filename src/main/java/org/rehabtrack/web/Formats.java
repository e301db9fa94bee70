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
 * The one place that writes dates, numbers, money and percentages on a page, in the page's
 * language: templates call it as <code>&#123;fmt:money(b.budget.amount)&#125;</code> (the locale is
 * the template's, set by {@link Page#localized}), Java code that draws a page (charts, history)
 * through an instance for the page's locale. A missing value is a dash.
 */
public record Formats(Locale locale) {

    static final String NONE = "—";

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** An amount with two decimals and the grouping of the language: 817,825.60 or 817.825,60. */
    public String money(BigDecimal amount) {
        return amount == null
                ? NONE
                : new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(locale))
                        .format(amount);
    }

    /** An amount with its currency, {@code 12,500.00 HNL}. */
    public String amount(Money money) {
        return money == null ? NONE : money(money.amount()) + " " + money.currency();
    }

    /** A date as the date inputs show it and the workbooks write it: 2026-03-01. */
    public String date(LocalDate date) {
        return date == null ? NONE : date.toString();
    }

    /** An instant in the service's zone, to the minute: 2026-03-01 14:05. */
    public String dateTime(Instant instant, ZoneId zone) {
        return instant == null ? NONE : WHEN.format(instant.atZone(zone));
    }

    /** A figure such as an index (SPI, CPI) or a measurement, as computed. */
    public String number(Object number) {
        return number == null ? NONE : number.toString();
    }

    /** A percentage held as a number of percent: {@code 40.5 %}. */
    public String percent(BigDecimal percent) {
        return percent == null ? NONE : percent + " %";
    }

    /** A works package's progress: none reported yet is 0 %. */
    public String progress(BigDecimal percent) {
        return (percent == null ? "0" : percent.toString()) + " %";
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
