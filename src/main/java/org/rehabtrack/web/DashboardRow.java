package org.rehabtrack.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.rehabtrack.center.Phase;
import org.rehabtrack.status.CenterStatus;

/** One center on the dashboard: its status, and its phases as steps (done, current, to come). */
public record DashboardRow(CenterStatus status, List<Step> steps) {

    /** A phase on the step indicator, with the date the center last entered it when known. */
    public record Step(Phase phase, boolean done, boolean current, LocalDate date) {}

    static DashboardRow of(CenterStatus status) {
        return new DashboardRow(status, steps(status.center().phase()));
    }

    /** Every phase as a step: those before the current one done, the current one marked. */
    static List<Step> steps(Phase current) {
        return steps(current, java.util.Map.of());
    }

    /** The steps with the date each phase was entered, from a center's phase history. */
    static List<Step> steps(Phase current, java.util.Map<Phase, LocalDate> entered) {
        return java.util.Arrays.stream(Phase.values())
                .map(
                        p ->
                                new Step(
                                        p,
                                        p.ordinal() < current.ordinal(),
                                        p == current,
                                        p.ordinal() <= current.ordinal() ? entered.get(p) : null))
                .toList();
    }

    /** A percentage for a progress bar, 0 when unknown, at most 100. */
    public static int bar(BigDecimal percent) {
        return percent == null ? 0 : Math.min(100, Math.max(0, percent.intValue()));
    }
}
