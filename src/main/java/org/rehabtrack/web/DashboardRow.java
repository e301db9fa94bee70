package org.rehabtrack.web;

import java.math.BigDecimal;
import java.util.List;
import org.rehabtrack.center.Phase;
import org.rehabtrack.status.CenterStatus;

/** One center on the dashboard: its status, and its phases as steps (done, current, to come). */
public record DashboardRow(CenterStatus status, List<Step> steps) {

    /** A phase on the step indicator. */
    public record Step(Phase phase, boolean done, boolean current) {}

    static DashboardRow of(CenterStatus status) {
        return new DashboardRow(status, steps(status.center().getPhase()));
    }

    /** Every phase as a step: those before the current one done, the current one marked. */
    static List<Step> steps(Phase current) {
        return java.util.Arrays.stream(Phase.values())
                .map(p -> new Step(p, p.ordinal() < current.ordinal(), p == current))
                .toList();
    }

    /** A percentage for a progress bar, 0 when unknown, at most 100. */
    public static int bar(BigDecimal percent) {
        return percent == null ? 0 : Math.min(100, Math.max(0, percent.intValue()));
    }
}
