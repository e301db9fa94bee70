package org.rehabtrack.evaluation;

import org.rehabtrack.system.problem.Labelled;

/**
 * Why engineers visited: the first assessment, a visit during the works, or the check at handover.
 */
@Labelled("evaluation.kind")
public enum EvaluationKind {
    INITIAL,
    FOLLOW_UP,
    HANDOVER
}
