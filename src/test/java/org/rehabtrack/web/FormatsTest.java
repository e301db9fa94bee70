package org.rehabtrack.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Pages write figures as Honduras does, in both languages, and dates day first. */
class FormatsTest {

    private final Formats spanish = new Formats(Locale.forLanguageTag("es"));
    private final Formats english = new Formats(Locale.ENGLISH);

    @Test
    void moneyGroupsThousandsWithACommaInBothLanguages() {
        assertEquals("817,825.60", spanish.money(new BigDecimal("817825.6")));
        assertEquals("817,825.60", english.money(new BigDecimal("817825.6")));
        assertEquals("-1,200.00", spanish.money(new BigDecimal("-1200")));
        assertEquals("—", spanish.money(null));
    }

    @Test
    void datesAreDayFirst() {
        LocalDate date = LocalDate.of(2026, 11, 28);
        assertEquals("28/11/2026", spanish.date(date));
        assertEquals("28 Nov 2026", english.date(date));
        assertEquals("05/03/2027", spanish.date(LocalDate.of(2027, 3, 5)));
        assertEquals("—", english.date(null));
    }

    @Test
    void aMomentIsWrittenInTheGivenZoneToTheMinute() {
        Instant instant = Instant.parse("2026-11-28T20:05:31Z");
        ZoneId honduras = ZoneId.of("America/Tegucigalpa");
        assertEquals("28/11/2026 14:05", spanish.dateTime(instant, honduras));
        assertEquals("28 Nov 2026 14:05", english.dateTime(instant, honduras));
    }

    @Test
    void numbersKeepTheirDecimalsAndGroupThousands() {
        assertEquals("46.49", spanish.number(new BigDecimal("46.49")));
        assertEquals("1,250.5", spanish.number(new BigDecimal("1250.5")));
        assertEquals("0.95", english.number(new BigDecimal("0.95")));
        assertEquals("1,200", spanish.number(1200L));
        assertEquals("-12", spanish.number(-12));
        assertEquals("—", spanish.number(null));
    }

    @Test
    void percentagesAndProgress() {
        assertEquals("40.5\u00a0%", spanish.percent(new BigDecimal("40.5")));
        assertEquals("0\u00a0%", spanish.progress(null));
        assertEquals("100.00\u00a0%", english.progress(new BigDecimal("100.00")));
    }
}
