package org.rehabtrack.finding;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import org.hibernate.annotations.SoftDelete;
import org.rehabtrack.center.Center;
import org.rehabtrack.evaluation.Evaluation;
import org.rehabtrack.system.Refusal;
import org.rehabtrack.system.Refusal.Reason;
import org.rehabtrack.system.money.Money;
import org.rehabtrack.system.persistence.Audited;
import org.rehabtrack.system.persistence.TrackedEntity;

/** Something engineers saw during an evaluation that needs fixing, and where its fix stands. */
@Entity
@SoftDelete
public class Finding extends TrackedEntity implements Audited {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Evaluation evaluation;

    /** The evaluation's center, kept here so a center's findings are one indexed query. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Center center;

    @Enumerated(EnumType.STRING)
    private FindingCategory category;

    @Enumerated(EnumType.STRING)
    private Severity severity;

    private String title;
    private String description;
    private String location;
    private String recommendation;
    private BigDecimal estimatedCostAmount;
    private String estimatedCostCurrency;
    private BigDecimal latitude;
    private BigDecimal longitude;

    @Enumerated(EnumType.STRING)
    private FindingStatus status = FindingStatus.OPEN;

    private String statusReason;
    private Long workPackageId;
    private boolean illustrative;

    protected Finding() {}

    public Finding(Evaluation evaluation, boolean illustrative) {
        this.evaluation = evaluation;
        this.center = evaluation.getCenter();
        this.illustrative = illustrative;
    }

    public void describe(FindingDetails details) {
        this.category = details.category;
        this.severity = details.severity;
        this.title = details.title.strip();
        this.description = details.description;
        this.location = details.location;
        this.recommendation = details.recommendation;
        this.estimatedCostAmount =
                details.estimatedCost == null ? null : details.estimatedCost.amount();
        this.estimatedCostCurrency =
                details.estimatedCost == null ? null : details.estimatedCost.currency();
        if ((details.latitude == null) != (details.longitude == null)) {
            throw Refusal.invalidField(
                    details.latitude == null ? "latitude" : "longitude", "finding.pointHalf");
        }
        this.latitude = details.latitude;
        this.longitude = details.longitude;
    }

    /**
     * Moves the finding to {@code target}, if its lifecycle allows it, and returns the record of
     * the move. Deferring and reopening need a reason.
     */
    public FindingTransition moveTo(FindingStatus target, String reason, String actor) {
        if (!status.canMoveTo(target)) {
            throw Refusal.conflict(
                    Reason.ILLEGAL_TRANSITION,
                    "finding.illegalTransition",
                    status,
                    target,
                    status.next());
        }
        boolean hasReason = reason != null && !reason.isBlank();
        if (status.needsReason(target) && !hasReason) {
            throw Refusal.invalidField(
                    "statusReason", "finding.transitionNeedsReason", status, target);
        }
        FindingTransition transition =
                new FindingTransition(
                        this, status, target, hasReason ? reason.strip() : null, actor);
        this.status = target;
        this.statusReason = hasReason ? reason.strip() : null;
        return transition;
    }

    /**
     * Puts the finding in the hands of a works package: an open finding becomes planned. Answers
     * the record of that move, or null when the finding was already planned.
     */
    public FindingTransition planIn(long workPackage, String actor) {
        if (workPackageId != null && workPackageId != workPackage) {
            throw Refusal.conflict(Reason.DUPLICATE, "finding.otherPackage", getId());
        }
        this.workPackageId = workPackage;
        if (status == FindingStatus.PLANNED) {
            return null;
        }
        if (status != FindingStatus.OPEN) {
            throw Refusal.conflict(
                    Reason.ILLEGAL_TRANSITION, "finding.cannotPlan", getId(), status);
        }
        return moveTo(FindingStatus.PLANNED, null, actor);
    }

    /** Takes the finding out of its works package; a planned finding is open again. */
    public FindingTransition release(String reason, String actor) {
        this.workPackageId = null;
        return status == FindingStatus.PLANNED ? moveTo(FindingStatus.OPEN, reason, actor) : null;
    }

    /**
     * Its works package is completed: a planned finding is resolved, awaiting verification on site.
     */
    public FindingTransition resolveByWorks(String actor) {
        return status == FindingStatus.PLANNED ? moveTo(FindingStatus.RESOLVED, null, actor) : null;
    }

    public Money getEstimatedCost() {
        return estimatedCostAmount == null
                ? null
                : new Money(estimatedCostAmount, estimatedCostCurrency);
    }

    public BigDecimal getLatitude() {
        return latitude;
    }

    public BigDecimal getLongitude() {
        return longitude;
    }

    public Evaluation getEvaluation() {
        return evaluation;
    }

    public Center getCenter() {
        return center;
    }

    public FindingCategory getCategory() {
        return category;
    }

    public Severity getSeverity() {
        return severity;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public String getLocation() {
        return location;
    }

    public String getRecommendation() {
        return recommendation;
    }

    public FindingStatus getStatus() {
        return status;
    }

    public String getStatusReason() {
        return statusReason;
    }

    public Long getWorkPackageId() {
        return workPackageId;
    }

    public boolean isIllustrative() {
        return illustrative;
    }

    @Override
    public Long auditedCenterId() {
        return center.getId();
    }
}
