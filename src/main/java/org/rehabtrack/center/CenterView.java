package org.rehabtrack.center;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A center as the API shows it. {@code physicalProgress} (budget-weighted progress of its works
 * packages) and {@code financialExecution} (spent / budget) are percentages as of today, from the
 * same roll-up as the center's budget; null while there is nothing to measure.
 */
public record CenterView(
        String code,
        String name,
        CenterType type,
        String department,
        String municipality,
        BigDecimal latitude,
        BigDecimal longitude,
        String populationServed,
        Integer capacity,
        String administeringInstitution,
        Phase phase,
        LocalDate phaseSince,
        BigDecimal physicalProgress,
        BigDecimal financialExecution,
        boolean illustrative,
        long version,
        Instant createdAt,
        Instant updatedAt) {

    public static CenterView of(Center c, Headline headline) {
        String institution =
                c.getAdministeringInstitution() == null
                        ? null
                        : c.getAdministeringInstitution().getAcronym();
        return new CenterView(
                c.getCode(),
                c.getName(),
                c.getType(),
                c.getDepartment(),
                c.getMunicipality(),
                c.getLatitude(),
                c.getLongitude(),
                c.getPopulationServed(),
                c.getCapacity(),
                institution,
                c.getPhase(),
                c.getPhaseSince(),
                headline.physicalProgress(),
                headline.financialExecution(),
                c.isIllustrative(),
                c.getVersion(),
                c.getCreatedAt(),
                c.getUpdatedAt());
    }
}
