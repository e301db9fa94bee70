package org.rehabtrack.sampledata;

import jakarta.validation.constraints.NotBlank;
import org.rehabtrack.partnership.NewAgreement;

/** An entry of {@code agreements.json}: an agreement request with the code of its center. */
public class SampleAgreement extends NewAgreement {

    @NotBlank public String center;
}
