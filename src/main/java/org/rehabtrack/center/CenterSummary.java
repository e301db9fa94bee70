package org.rehabtrack.center;

/**
 * What a list of centers names of each one: a value, never the entity, so that it may be kept
 * between requests (the dashboard keeps each center's status with it).
 */
public record CenterSummary(
        long id,
        String code,
        String name,
        CenterType type,
        String department,
        Phase phase,
        boolean illustrative) {

    public static CenterSummary of(Center center) {
        return new CenterSummary(
                center.getId(),
                center.getCode(),
                center.getName(),
                center.getType(),
                center.getDepartment(),
                center.getPhase(),
                center.isIllustrative());
    }
}
