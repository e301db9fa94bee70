package org.rehabtrack.works;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.CreationTimestamp;
import org.rehabtrack.center.Center;
import org.rehabtrack.funding.BudgetCategory;
import org.rehabtrack.funding.Conversion;
import org.rehabtrack.funding.CurrencyConverter;
import org.rehabtrack.funding.FundingSource;
import org.rehabtrack.system.money.Money;
import org.rehabtrack.system.persistence.Audited;

/**
 * A payment to a contractor or supplier, charged to a funding source. It keeps its amount in its
 * own currency, in dollars, and in the funding source's currency, with the rate that converted it.
 * Never changed once written.
 */
@Entity
public class Expenditure implements Audited {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private WorkPackage workPackage;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private FundingSource fundingSource;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Center center;

    @Enumerated(EnumType.STRING)
    private BudgetCategory category;

    private LocalDate paymentDate;
    private BigDecimal amount;
    private String currency;
    private BigDecimal usdAmount;
    private Long exchangeRateId;
    private BigDecimal unitsPerUsd;
    private BigDecimal sourceAmount;
    private String reference;
    private String recordedBy;

    @CreationTimestamp private Instant createdAt;

    protected Expenditure() {}

    Expenditure(
            WorkPackage workPackage,
            FundingSource fundingSource,
            BudgetCategory category,
            LocalDate paymentDate,
            Conversion conversion,
            BigDecimal sourceAmount,
            String reference,
            String recordedBy) {
        this.workPackage = workPackage;
        this.fundingSource = fundingSource;
        this.center = workPackage.getCenter();
        this.category = category;
        this.paymentDate = paymentDate;
        this.amount = conversion.original().amount();
        this.currency = conversion.original().currency();
        this.usdAmount = conversion.usd().amount();
        this.exchangeRateId = conversion.rateId();
        this.unitsPerUsd = conversion.unitsPerUsd();
        this.sourceAmount = sourceAmount;
        this.reference = reference;
        this.recordedBy = recordedBy;
    }

    public Long getId() {
        return id;
    }

    public WorkPackage getWorkPackage() {
        return workPackage;
    }

    public FundingSource getFundingSource() {
        return fundingSource;
    }

    public Center getCenter() {
        return center;
    }

    public BudgetCategory getCategory() {
        return category;
    }

    public LocalDate getPaymentDate() {
        return paymentDate;
    }

    public Money getAmount() {
        return new Money(amount, currency);
    }

    public Money getUsd() {
        return new Money(usdAmount, CurrencyConverter.USD);
    }

    public Long getExchangeRateId() {
        return exchangeRateId;
    }

    public BigDecimal getUnitsPerUsd() {
        return unitsPerUsd;
    }

    public BigDecimal getSourceAmount() {
        return sourceAmount;
    }

    public String getReference() {
        return reference;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    @Override
    public Long auditedCenterId() {
        return center.getId();
    }
}
