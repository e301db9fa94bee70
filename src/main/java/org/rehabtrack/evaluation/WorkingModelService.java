package org.rehabtrack.evaluation;

import org.rehabtrack.system.problem.Labelled;

/** The services a reception center owes the people it receives (DOMAIN.md, "working model"). */
@Labelled("evaluation.service")
public enum WorkingModelService {
    RECEPTION,
    REGISTRATION,
    FIRST_AID,
    PSYCHOSOCIAL_SUPPORT,
    FOOD,
    HYGIENE_KITS,
    CHILD_PROTECTION_REFERRAL,
    FAMILY_ROOMS,
    COMMUNICATION_WITH_RELATIVES,
    ONWARD_TRANSPORT
}
