package org.rehabtrack.center;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A center as the API shows it. {@code physicalProgress} and {@code financialExecution} are
 * percentages rolled up from the works packages; they are null while a center has none.
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

    static CenterView of(Center c) {
        String institution = c.getAdministeringInstitution() == null ? null : c.getAdministeringInstitution().getAcronym();
        return new CenterView(c.getCode(), c.getName(), c.getType(), c.getDepartment(), c.getMunicipality(),
                c.getLatitude(), c.getLongitude(), c.getPopulationServed(), c.getCapacity(), institution,
                c.getPhase(), c.getPhaseSince(), null, null, c.isIllustrative(), c.getVersion(),
                c.getCreatedAt(), c.getUpdatedAt());
    }
}
