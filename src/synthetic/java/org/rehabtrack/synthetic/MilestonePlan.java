package org.rehabtrack.synthetic;

import java.time.LocalDate;
import org.rehabtrack.center.MilestoneKind;

/** One milestone of a synthetic center: reached ones have an actual date, the others a forecast. */
record MilestonePlan(
        MilestoneKind kind,
        String name,
        LocalDate baseline,
        LocalDate forecast,
        LocalDate actual) {}
