package org.rehabtrack.evaluation;

/** How far a service of the working model is provided. */
public enum ServiceRating {
    MEETS,
    PARTIAL,
    MISSING
}
