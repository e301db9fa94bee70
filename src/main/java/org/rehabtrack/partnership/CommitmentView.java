package org.rehabtrack.partnership;

import java.time.LocalDate;

/** A commitment as the API shows it; {@code overdue} is derived against today. */
public record CommitmentView(
        long id,
        long agreement,
        String partner,
        CommitmentKind kind,
        String description,
        LocalDate dueDate,
        CommitmentStatus status,
        LocalDate statusDate,
        boolean overdue,
        long version) {

    static CommitmentView of(Commitment c, LocalDate today) {
        return new CommitmentView(
                c.getId(),
                c.getAgreement().getId(),
                c.getPartner().getAcronym(),
                c.getKind(),
                c.getDescription(),
                c.getDueDate(),
                c.getStatus(),
                c.getStatusDate(),
                c.isOverdue(today),
                c.getVersion());
    }
}
