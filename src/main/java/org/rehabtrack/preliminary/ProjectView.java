package org.rehabtrack.preliminary;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.rehabtrack.system.money.Money;

/**
 * A version of a preliminary project as the API shows it, with its bill of quantities and totals by
 * currency.
 */
public record ProjectView(
        String center,
        int versionNumber,
        ProjectStatus status,
        LocalDate statusDate,
        String scope,
        String termsOfReference,
        BigDecimal contingencyPercent,
        List<ChapterView> chapters,
        List<Money> subtotal,
        List<Money> contingency,
        List<Money> total,
        List<DecisionView> decisions,
        boolean illustrative,
        long version,
        Instant createdAt,
        Instant updatedAt) {

    public record LineView(
            String itemCode,
            String description,
            String unit,
            BigDecimal quantity,
            Money unitPrice,
            Money amount) {}

    public record ChapterView(String code, String title, List<LineView> lines, List<Money> total) {}

    public record DecisionView(
            ProjectStatus outcome,
            String institution,
            String person,
            LocalDate date,
            String note) {}

    static ProjectView of(PreliminaryProject p) {
        BoqTotals totals = p.totals();
        List<ChapterView> chapters =
                p.getChapters().stream()
                        .map(
                                c ->
                                        new ChapterView(
                                                c.getCode(),
                                                c.getTitle(),
                                                c.getLines().stream()
                                                        .map(
                                                                l ->
                                                                        new LineView(
                                                                                l.getItemCode(),
                                                                                l.getDescription(),
                                                                                l.getUnit(),
                                                                                l.getQuantity(),
                                                                                l.getUnitPrice(),
                                                                                l.amount()))
                                                        .toList(),
                                                totals.chapter(c.getCode()).toList()))
                        .toList();
        List<DecisionView> decisions =
                p.getDecisions().stream()
                        .map(
                                d ->
                                        new DecisionView(
                                                d.getOutcome(),
                                                d.getPartner().getAcronym(),
                                                d.getPerson(),
                                                d.getDecisionDate(),
                                                d.getNote()))
                        .toList();
        return new ProjectView(
                p.getCenter().getCode(),
                p.getVersionNumber(),
                p.getStatus(),
                p.getStatusDate(),
                p.getScope(),
                p.getTermsOfReference(),
                p.getContingencyPercent(),
                chapters,
                totals.subtotal().toList(),
                totals.contingency().toList(),
                totals.total().toList(),
                decisions,
                p.isIllustrative(),
                p.getVersion(),
                p.getCreatedAt(),
                p.getUpdatedAt());
    }
}
