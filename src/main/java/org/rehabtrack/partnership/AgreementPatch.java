package org.rehabtrack.partnership;

import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import org.rehabtrack.partner.Partner;

/** A change to an agreement, read over its current values: its text, parties, and status. */
public class AgreementPatch extends AgreementDetails {

    public AgreementStatus status;

    @NotNull public Long version;

    static AgreementPatch of(Agreement agreement) {
        AgreementPatch patch = new AgreementPatch();
        patch.type = agreement.getType();
        patch.title = agreement.getTitle();
        patch.parties =
                new ArrayList<>(agreement.getParties().stream().map(Partner::getAcronym).toList());
        patch.signatureDate = agreement.getSignatureDate();
        patch.validFrom = agreement.getValidFrom();
        patch.validUntil = agreement.getValidUntil();
        patch.documentReference = agreement.getDocumentReference();
        patch.notes = agreement.getNotes();
        patch.status = agreement.getStatus();
        return patch;
    }
}
