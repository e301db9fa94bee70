package org.rehabtrack.report;

import java.util.List;
import org.rehabtrack.center.Center;
import org.rehabtrack.funding.FundingSource;

/**
 * The centers an export covers, as the reader may see them ({@link ReportContexts#select}): whether
 * they are every center, none left out by the user or its role, and the funding source asked for
 * (null for all).
 */
public record ReportSelection(
        List<Center> centers, boolean allCenters, FundingSource fundingSource) {}
