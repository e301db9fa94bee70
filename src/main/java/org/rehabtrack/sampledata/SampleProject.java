package org.rehabtrack.sampledata;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;
import org.rehabtrack.preliminary.ProjectDecisionRequest;
import org.rehabtrack.preliminary.ProjectPut;

/**
 * An entry of {@code preliminary-projects.json}: a center's project and the decisions taken on it,
 * in order.
 */
public class SampleProject extends ProjectPut {

    @NotBlank public String center;

    /** Each the body of a decision, without the version, which the loader supplies. */
    @NotNull public List<@NotNull @Valid SampleDecision> decisions = new ArrayList<>();

    /** A decision request whose version is filled in when it is applied. */
    public static class SampleDecision extends ProjectDecisionRequest {
        public SampleDecision() {
            this.version = 0L;
        }
    }
}
