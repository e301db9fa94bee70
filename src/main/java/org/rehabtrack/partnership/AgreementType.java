package org.rehabtrack.partnership;

import org.rehabtrack.system.problem.Labelled;

/** The kinds of agreement a center's partnership rests on. */
@Labelled("agreement.type")
public enum AgreementType {
    MEMORANDUM_OF_UNDERSTANDING,
    COOPERATION_AGREEMENT,
    /** The use of a building, such as OABI lending a seized property. */
    PROPERTY_USE,
    LETTER_OF_INTENT
}
