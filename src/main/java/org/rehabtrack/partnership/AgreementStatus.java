package org.rehabtrack.partnership;

import java.util.EnumSet;
import java.util.Set;
import org.rehabtrack.system.problem.Labelled;

/** The life of an agreement: drafted, negotiated, signed, then expired or terminated. */
@Labelled("agreement.status")
public enum AgreementStatus {
    DRAFT,
    IN_NEGOTIATION,
    SIGNED,
    EXPIRED,
    TERMINATED;

    public Set<AgreementStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(IN_NEGOTIATION, SIGNED, TERMINATED);
            case IN_NEGOTIATION -> EnumSet.of(SIGNED, DRAFT, TERMINATED);
            case SIGNED -> EnumSet.of(EXPIRED, TERMINATED);
            case EXPIRED, TERMINATED -> EnumSet.noneOf(AgreementStatus.class);
        };
    }

    public boolean canMoveTo(AgreementStatus target) {
        return next().contains(target);
    }
}
