package org.rehabtrack.evaluation;

/**
 * Why engineers visited: the first assessment, a visit during the works, or the check at handover.
 */
public enum EvaluationKind {
    INITIAL,
    FOLLOW_UP,
    HANDOVER
}
