package org.rehabtrack.partnership;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;
import org.rehabtrack.partner.Partner;
import org.rehabtrack.system.Refusal;
import org.rehabtrack.system.persistence.Audited;
import org.rehabtrack.system.persistence.TrackedEntity;

/** What one party commits to under an agreement, by when, and whether it was kept. */
@Entity
public class Commitment extends TrackedEntity implements Audited {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Agreement agreement;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Partner partner;

    @Enumerated(EnumType.STRING)
    private CommitmentKind kind;

    private String description;
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    private CommitmentStatus status = CommitmentStatus.PENDING;

    /** When the status last changed. */
    private LocalDate statusDate;

    protected Commitment() {}

    public Commitment(Agreement agreement) {
        this.agreement = agreement;
    }

    /** Sets who commits to what and by when; the partner must be party to the agreement. */
    public void describe(CommitmentDetails details, Partner partner, String field) {
        if (!agreement.hasParty(partner)) {
            throw Refusal.invalidField(field, "commitment.notAParty", partner.getAcronym());
        }
        this.partner = partner;
        this.kind = details.kind;
        this.description = details.description;
        this.dueDate = details.dueDate;
    }

    public void setStatus(CommitmentStatus status, LocalDate today) {
        if (status != this.status) {
            this.status = status;
            this.statusDate = today;
        }
    }

    /** Still pending after its due date. */
    public boolean isOverdue(LocalDate today) {
        return status == CommitmentStatus.PENDING && dueDate != null && dueDate.isBefore(today);
    }

    public Agreement getAgreement() {
        return agreement;
    }

    public Partner getPartner() {
        return partner;
    }

    public CommitmentKind getKind() {
        return kind;
    }

    public String getDescription() {
        return description;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public CommitmentStatus getStatus() {
        return status;
    }

    public LocalDate getStatusDate() {
        return statusDate;
    }

    @Override
    public Long auditedCenterId() {
        return agreement.getCenter().getId();
    }
}
