package org.rehabtrack.evaluation;

import org.rehabtrack.system.problem.Labelled;

/** The checks computed from an evaluation's measurements. */
@Labelled("standard.check")
public enum StandardCheckKind {
    /** Covered living area per person, m². */
    COVERED_AREA_PER_PERSON,
    /** Water available per person per day, litres; the figure depends on overnight stays. */
    WATER_PER_PERSON,
    /** Persons per toilet; the figure depends on overnight stays. */
    PERSONS_PER_TOILET,
    /** Female toilets per male toilet. */
    FEMALE_TO_MALE_TOILETS,
    /** Lowest floor-to-ceiling height, m. */
    CEILING_HEIGHT
}
