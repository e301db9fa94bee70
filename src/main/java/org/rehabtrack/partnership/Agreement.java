package org.rehabtrack.partnership;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.rehabtrack.center.Center;
import org.rehabtrack.partner.Partner;
import org.rehabtrack.system.FactDate;
import org.rehabtrack.system.Refusal;
import org.rehabtrack.system.Refusal.Reason;
import org.rehabtrack.system.persistence.Audited;
import org.rehabtrack.system.persistence.TrackedEntity;

/** An agreement on a center between its administration, the State and partners. */
@Entity
public class Agreement extends TrackedEntity implements Audited {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Center center;

    @Enumerated(EnumType.STRING)
    private AgreementType type;

    private String title;

    @Enumerated(EnumType.STRING)
    private AgreementStatus status = AgreementStatus.DRAFT;

    private LocalDate signatureDate;
    private LocalDate validFrom;
    private LocalDate validUntil;
    private String documentReference;
    private String notes;
    private boolean illustrative;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(
            name = "agreement_party",
            joinColumns = @JoinColumn(name = "agreement_id"),
            inverseJoinColumns = @JoinColumn(name = "partner_id"))
    @OrderBy("acronym")
    private Set<Partner> parties = new LinkedHashSet<>();

    protected Agreement() {}

    public Agreement(Center center, boolean illustrative) {
        this.center = center;
        this.illustrative = illustrative;
    }

    /** Sets what the agreement says and who is party to it. */
    public void describe(AgreementDetails details, List<Partner> parties, LocalDate today) {
        if (details.validFrom != null
                && details.validUntil != null
                && details.validUntil.isBefore(details.validFrom)) {
            throw Refusal.invalidField(
                    "validUntil", "agreement.validityReversed", details.validFrom);
        }
        FactDate.notAfterToday("signatureDate", details.signatureDate, today);
        this.type = details.type;
        this.title = details.title.strip();
        this.signatureDate = details.signatureDate;
        this.validFrom = details.validFrom;
        this.validUntil = details.validUntil;
        this.documentReference = details.documentReference;
        this.notes = details.notes;
        if (!sameParties(parties)) {
            this.parties.clear();
            this.parties.addAll(parties);
        }
    }

    /**
     * Whether the parties are those already recorded: the set is then left as it is, since a set
     * rewritten with the same partners would count as a change and bump the version.
     */
    private boolean sameParties(List<Partner> others) {
        return others.size() == parties.size() && others.stream().allMatch(this::hasParty);
    }

    /**
     * Moves the agreement to {@code target} if its life allows it. A signed agreement needs its
     * signature date; answers whether this move signed it.
     */
    public boolean moveTo(AgreementStatus target) {
        if (target == status) {
            requireSignatureIfSigned();
            return false;
        }
        if (!status.canMoveTo(target)) {
            throw Refusal.conflict(
                    Reason.ILLEGAL_TRANSITION,
                    "agreement.illegalTransition",
                    status,
                    target,
                    status.next());
        }
        this.status = target;
        requireSignatureIfSigned();
        return target == AgreementStatus.SIGNED;
    }

    private void requireSignatureIfSigned() {
        if (status == AgreementStatus.SIGNED && signatureDate == null) {
            throw Refusal.invalidField("signatureDate", "agreement.signedNeedsDate");
        }
    }

    /** Whether the partner is party to this agreement. */
    public boolean hasParty(Partner partner) {
        return parties.stream().anyMatch(p -> p.getId().equals(partner.getId()));
    }

    public Center getCenter() {
        return center;
    }

    public AgreementType getType() {
        return type;
    }

    public String getTitle() {
        return title;
    }

    public AgreementStatus getStatus() {
        return status;
    }

    public LocalDate getSignatureDate() {
        return signatureDate;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public String getDocumentReference() {
        return documentReference;
    }

    public String getNotes() {
        return notes;
    }

    public boolean isIllustrative() {
        return illustrative;
    }

    public Set<Partner> getParties() {
        return parties;
    }

    @Override
    public Long auditedCenterId() {
        return center.getId();
    }
}
