package org.rehabtrack.sampledata;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;
import org.rehabtrack.funding.NewAllocation;
import org.rehabtrack.funding.NewFundingSource;

/** An entry of {@code funding-sources.json}: a grant and its allocations. */
public class SampleFunding extends NewFundingSource {

    @NotNull public List<@NotNull @Valid NewAllocation> allocations = new ArrayList<>();
}
