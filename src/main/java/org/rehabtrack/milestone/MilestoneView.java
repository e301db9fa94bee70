package org.rehabtrack.milestone;

import java.time.LocalDate;
import org.rehabtrack.center.MilestoneKind;

/** A milestone as the API shows it, with the status and slip derived on the day asked. */
public record MilestoneView(
        long id,
        String center,
        String name,
        MilestoneKind kind,
        LocalDate baselineDate,
        LocalDate forecastDate,
        LocalDate actualDate,
        MilestoneStatus status,
        Integer slipDays,
        String note,
        long version) {

    static MilestoneView of(Milestone m, LocalDate today) {
        MilestoneSchedule schedule = m.schedule();
        return new MilestoneView(
                m.getId(),
                m.getCenter().getCode(),
                m.getName(),
                m.getKind(),
                m.getBaselineDate(),
                m.getForecastDate(),
                m.getActualDate(),
                schedule.status(today),
                schedule.slipDays(today),
                m.getNote(),
                m.getVersion());
    }
}
