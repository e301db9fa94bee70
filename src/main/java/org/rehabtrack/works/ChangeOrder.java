package org.rehabtrack.works;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.rehabtrack.system.Refusal;
import org.rehabtrack.system.Refusal.Reason;
import org.rehabtrack.system.money.Money;
import org.rehabtrack.system.persistence.Audited;
import org.rehabtrack.system.persistence.TrackedEntity;

/**
 * Money and days added to (or removed from) a works contract, with the reason, pending a decision.
 */
@Entity
public class ChangeOrder extends TrackedEntity implements Audited {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private WorkPackage workPackage;

    private BigDecimal amount;
    private String currency;
    private int days;
    private String reason;

    @Enumerated(EnumType.STRING)
    private ChangeOrderStatus status = ChangeOrderStatus.PENDING;

    private LocalDate decidedOn;

    protected ChangeOrder() {}

    ChangeOrder(
            WorkPackage workPackage, BigDecimal amount, String currency, int days, String reason) {
        this.workPackage = workPackage;
        this.amount = amount;
        this.currency = currency;
        this.days = days;
        this.reason = reason;
    }

    /** Approves or rejects a pending change order; a decision is final. */
    void decide(ChangeOrderStatus decision, LocalDate date) {
        if (status != ChangeOrderStatus.PENDING || decision == ChangeOrderStatus.PENDING) {
            throw Refusal.conflict(
                    Reason.ILLEGAL_TRANSITION, "works.changeOrderDecided", status, decision);
        }
        this.status = decision;
        this.decidedOn = date;
    }

    public WorkPackage getWorkPackage() {
        return workPackage;
    }

    /** The money added, negative when removed; not a {@link Money}, which is never negative. */
    public BigDecimal getAmount() {
        return amount;
    }

    public String getCurrency() {
        return currency;
    }

    public int getDays() {
        return days;
    }

    public String getReason() {
        return reason;
    }

    public ChangeOrderStatus getStatus() {
        return status;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    @Override
    public Long auditedCenterId() {
        return workPackage.getCenter().getId();
    }
}
