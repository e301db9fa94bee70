package org.rehabtrack.partnership;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.rehabtrack.partner.Partner;

/** An agreement as the API shows it, with its commitments. */
public record AgreementView(
        long id,
        String center,
        AgreementType type,
        String title,
        List<String> parties,
        AgreementStatus status,
        LocalDate signatureDate,
        LocalDate validFrom,
        LocalDate validUntil,
        String documentReference,
        String notes,
        List<CommitmentView> commitments,
        boolean illustrative,
        long version,
        Instant createdAt,
        Instant updatedAt) {

    static AgreementView of(Agreement a, List<Commitment> commitments, LocalDate today) {
        return new AgreementView(
                a.getId(),
                a.getCenter().getCode(),
                a.getType(),
                a.getTitle(),
                a.getParties().stream().map(Partner::getAcronym).sorted().toList(),
                a.getStatus(),
                a.getSignatureDate(),
                a.getValidFrom(),
                a.getValidUntil(),
                a.getDocumentReference(),
                a.getNotes(),
                commitments.stream().map(c -> CommitmentView.of(c, today)).toList(),
                a.isIllustrative(),
                a.getVersion(),
                a.getCreatedAt(),
                a.getUpdatedAt());
    }
}
