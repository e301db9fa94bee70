package org.rehabtrack.synthetic;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.rehabtrack.center.CenterType;
import org.rehabtrack.center.Phase;

/** One synthetic center as it will be written, with its milestones. */
record CenterPlan(
        int index,
        String code,
        String name,
        CenterType type,
        String department,
        String municipality,
        BigDecimal latitude,
        BigDecimal longitude,
        int capacity,
        Phase phase,
        LocalDate phaseSince,
        LocalDate evaluationDate,
        List<MilestonePlan> milestones) {}
