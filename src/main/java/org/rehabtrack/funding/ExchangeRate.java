package org.rehabtrack.funding;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.CreationTimestamp;

/**
 * How many units of a currency bought one US dollar on a date, and who said so. Never changed once
 * written.
 */
@Entity
public class ExchangeRate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String currency;
    private LocalDate rateDate;
    private BigDecimal unitsPerUsd;
    private String source;

    @CreationTimestamp private Instant createdAt;

    protected ExchangeRate() {}

    public ExchangeRate(
            String currency, LocalDate rateDate, BigDecimal unitsPerUsd, String source) {
        this.currency = currency;
        this.rateDate = rateDate;
        this.unitsPerUsd = unitsPerUsd;
        this.source = source;
    }

    public Long getId() {
        return id;
    }

    public String getCurrency() {
        return currency;
    }

    public LocalDate getRateDate() {
        return rateDate;
    }

    public BigDecimal getUnitsPerUsd() {
        return unitsPerUsd;
    }

    public String getSource() {
        return source;
    }
}
