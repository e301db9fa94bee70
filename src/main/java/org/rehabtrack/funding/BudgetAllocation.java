package org.rehabtrack.funding;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import org.rehabtrack.center.Center;
import org.rehabtrack.system.money.Money;
import org.rehabtrack.system.persistence.Audited;
import org.rehabtrack.system.persistence.TrackedEntity;

/** Money of a funding source planned for one center and category, in the source's currency. */
@Entity
public class BudgetAllocation extends TrackedEntity implements Audited {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private FundingSource fundingSource;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Center center;

    @Enumerated(EnumType.STRING)
    private BudgetCategory category;

    private BigDecimal amount;

    protected BudgetAllocation() {}

    public BudgetAllocation(
            FundingSource fundingSource,
            Center center,
            BudgetCategory category,
            BigDecimal amount) {
        this.fundingSource = fundingSource;
        this.center = center;
        this.category = category;
        this.amount = amount;
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

    public Money getAmount() {
        return new Money(amount, fundingSource.getCurrency());
    }

    @Override
    public Long auditedCenterId() {
        return center.getId();
    }
}
