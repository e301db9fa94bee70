package org.rehabtrack.evaluation;

import org.rehabtrack.system.problem.Labelled;

/** How far a service of the working model is provided. */
@Labelled("evaluation.rating")
public enum ServiceRating {
    MEETS,
    PARTIAL,
    MISSING
}
