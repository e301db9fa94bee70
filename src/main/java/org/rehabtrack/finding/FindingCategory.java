package org.rehabtrack.finding;

import org.rehabtrack.system.problem.Labelled;

/** What part of the center a finding concerns (DOMAIN.md, "Evaluation"). */
@Labelled("finding.category")
public enum FindingCategory {
    STRUCTURE,
    ROOF,
    WATER_SUPPLY,
    SANITATION,
    ELECTRICAL,
    FIRE_SAFETY,
    ACCESSIBILITY,
    CHILD_FRIENDLY_SPACE,
    FAMILY_AREA,
    KITCHEN,
    HEALTH_AREA,
    PERIMETER_SECURITY,
    VENTILATION_AND_LIGHTING,
    WORKING_MODEL,
    OTHER
}
