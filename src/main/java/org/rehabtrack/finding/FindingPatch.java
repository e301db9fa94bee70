package org.rehabtrack.finding;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A change to a finding, read over its current values: its text, and a move in its lifecycle. */
public class FindingPatch extends FindingDetails {

    /** The status to move to; the lifecycle decides which moves are allowed. */
    public FindingStatus status;

    /** Why: required to defer or to reopen. */
    @Size(max = 1000)
    public String statusReason;

    @NotNull public Long version;

    static FindingPatch of(Finding finding) {
        FindingPatch patch = new FindingPatch();
        patch.category = finding.getCategory();
        patch.severity = finding.getSeverity();
        patch.title = finding.getTitle();
        patch.description = finding.getDescription();
        patch.location = finding.getLocation();
        patch.recommendation = finding.getRecommendation();
        patch.estimatedCost = finding.getEstimatedCost();
        patch.latitude = finding.getLatitude();
        patch.longitude = finding.getLongitude();
        patch.status = finding.getStatus();
        return patch;
    }
}
