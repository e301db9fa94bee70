package org.rehabtrack.funding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rehabtrack.system.Refusal;
import org.rehabtrack.system.money.Money;

@QuarkusTest
class CurrencyConverterTest {

    @Inject CurrencyConverter converter;

    @Inject ExchangeRateRepository rates;

    @BeforeEach
    void recordRates() {
        QuarkusTransaction.requiringNew()
                .run(
                        () -> {
                            if (!rates.exists("GTQ", LocalDate.of(2026, 3, 1))) {
                                rates.persist(
                                        new ExchangeRate(
                                                "GTQ",
                                                LocalDate.of(2026, 3, 1),
                                                new BigDecimal("7.700000"),
                                                "Test A"));
                                rates.persist(
                                        new ExchangeRate(
                                                "GTQ",
                                                LocalDate.of(2026, 3, 15),
                                                new BigDecimal("7.650000"),
                                                "Test B"));
                            }
                        });
    }

    @Test
    void convertsWithTheRateInForceOnTheDateAndSaysWhichItUsed() {
        Conversion early = converter.toUsd(Money.of("1000.00", "GTQ"), LocalDate.of(2026, 3, 14));
        assertEquals(Money.of("129.87", "USD"), early.usd());
        assertEquals(LocalDate.of(2026, 3, 1), early.rateDate());
        assertEquals("Test A", early.rateSource());

        Conversion later = converter.toUsd(Money.of("1000.00", "GTQ"), LocalDate.of(2026, 3, 15));
        assertEquals(Money.of("130.72", "USD"), later.usd());
        assertEquals(LocalDate.of(2026, 3, 15), later.rateDate());
    }

    @Test
    void leavesDollarsAsTheyAre() {
        Conversion usd = converter.toUsd(Money.of("45000.00", "USD"), LocalDate.of(2020, 1, 1));
        assertEquals(Money.of("45000.00", "USD"), usd.usd());
        assertEquals(BigDecimal.ONE, usd.unitsPerUsd());
    }

    @Test
    void refusesToConvertBeforeTheFirstRate() {
        Refusal e =
                assertThrows(
                        Refusal.class,
                        () -> converter.toUsd(Money.of("1.00", "GTQ"), LocalDate.of(2026, 2, 28)));
        assertEquals("rate.missing", e.detail().key());
    }

    @Test
    void roundsHalfUpToTheCent() {
        ExchangeRate rate =
                new ExchangeRate("HNL", LocalDate.of(2026, 1, 1), new BigDecimal("2"), "x");
        assertEquals(
                Money.of("0.51", "USD"),
                CurrencyConverter.convert(Money.of("1.01", "HNL"), rate).usd());
        assertEquals(
                Money.of("0.50", "USD"),
                CurrencyConverter.convert(Money.of("0.99", "HNL"), rate).usd());
    }
}
