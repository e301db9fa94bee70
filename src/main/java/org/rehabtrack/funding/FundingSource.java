package org.rehabtrack.funding;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.rehabtrack.partner.Partner;
import org.rehabtrack.system.money.Money;
import org.rehabtrack.system.persistence.Audited;
import org.rehabtrack.system.persistence.TrackedEntity;

/** A grant: a donor's money for the programme, in one currency, over a period. */
@Entity
public class FundingSource extends TrackedEntity implements Audited {

    private String code;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "donor_partner_id")
    private Partner donor;

    private BigDecimal amount;
    private String currency;
    private LocalDate startDate;
    private LocalDate endDate;
    private boolean illustrative;

    protected FundingSource() {}

    public FundingSource(
            String code,
            Partner donor,
            Money amount,
            LocalDate startDate,
            LocalDate endDate,
            boolean illustrative) {
        this.code = code;
        this.donor = donor;
        this.amount = amount.amount();
        this.currency = amount.currency();
        this.startDate = startDate;
        this.endDate = endDate;
        this.illustrative = illustrative;
    }

    public String getCode() {
        return code;
    }

    public Partner getDonor() {
        return donor;
    }

    public Money getAmount() {
        return new Money(amount, currency);
    }

    public String getCurrency() {
        return currency;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public boolean isIllustrative() {
        return illustrative;
    }

    @Override
    public Long auditedCenterId() {
        return null;
    }
}
