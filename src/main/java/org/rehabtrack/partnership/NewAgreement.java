package org.rehabtrack.partnership;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/** What a client sends to record an agreement, with its first commitments. */
public class NewAgreement extends AgreementDetails {

    /** DRAFT when left out; an agreement already under way may start further on. */
    public AgreementStatus status;

    @NotNull
    @Size(max = 100)
    public List<@NotNull @Valid CommitmentDetails> commitments = new ArrayList<>();
}
