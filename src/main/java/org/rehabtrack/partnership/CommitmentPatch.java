package org.rehabtrack.partnership;

import jakarta.validation.constraints.NotNull;

/** A change to a commitment, read over its current values; mark it met or waived with status. */
public class CommitmentPatch extends CommitmentDetails {

    @NotNull public Long version;

    static CommitmentPatch of(Commitment commitment) {
        CommitmentPatch patch = new CommitmentPatch();
        patch.partner = commitment.getPartner().getAcronym();
        patch.kind = commitment.getKind();
        patch.description = commitment.getDescription();
        patch.dueDate = commitment.getDueDate();
        patch.status = commitment.getStatus();
        return patch;
    }
}
