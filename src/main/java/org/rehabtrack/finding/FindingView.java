package org.rehabtrack.finding;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.rehabtrack.system.money.Money;

/**
 * A finding as the API shows it, with its photos. {@code workPackage} is the id of the works
 * package that addresses it.
 */
public record FindingView(
        long id,
        long evaluation,
        String center,
        FindingCategory category,
        Severity severity,
        String title,
        String description,
        String location,
        String recommendation,
        Money estimatedCost,
        BigDecimal latitude,
        BigDecimal longitude,
        FindingStatus status,
        String statusReason,
        Long workPackage,
        List<PhotoView> photos,
        boolean illustrative,
        long version,
        Instant createdAt,
        Instant updatedAt) {

    static FindingView of(Finding f, List<Photo> photos) {
        return new FindingView(
                f.getId(),
                f.getEvaluation().getId(),
                f.getCenter().getCode(),
                f.getCategory(),
                f.getSeverity(),
                f.getTitle(),
                f.getDescription(),
                f.getLocation(),
                f.getRecommendation(),
                f.getEstimatedCost(),
                f.getLatitude(),
                f.getLongitude(),
                f.getStatus(),
                f.getStatusReason(),
                f.getWorkPackageId(),
                photos.stream().map(PhotoView::of).toList(),
                f.isIllustrative(),
                f.getVersion(),
                f.getCreatedAt(),
                f.getUpdatedAt());
    }
}
