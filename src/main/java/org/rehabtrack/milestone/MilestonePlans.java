package org.rehabtrack.milestone;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rehabtrack.audit.RecordedValues;
import org.rehabtrack.system.AsOf;
import org.rehabtrack.system.persistence.CenterIds;

/**
 * The centers' milestone plans as they stood at a cut-off date: the milestones recorded by then,
 * with the name, baseline and forecast then in force (read back from the audit trail), and an
 * actual date only when it is on or before the date.
 */
@ApplicationScoped
public class MilestonePlans {

    private final MilestoneRepository milestones;
    private final RecordedValues recorded;

    MilestonePlans(MilestoneRepository milestones, RecordedValues recorded) {
        this.milestones = milestones;
        this.recorded = recorded;
    }

    /** The plans by center id, each milestone in the order of its creation. */
    public Map<Long, List<PlannedMilestone>> of(CenterIds centers, AsOf asOf) {
        Map<Long, List<PlannedMilestone>> plans = new HashMap<>();
        RecordedValues.Past past =
                asOf.current() ? null : recorded.at(Milestone.class, asOf.end(), centers);
        milestones
                .forCenters(centers)
                .forEach(
                        (center, plan) -> {
                            List<PlannedMilestone> then = new ArrayList<>();
                            for (Milestone m : plan) {
                                if (past == null) {
                                    then.add(PlannedMilestone.of(m));
                                } else if (!past.createdSince(m.getId())) {
                                    long id = m.getId();
                                    then.add(
                                            new PlannedMilestone(
                                                    id,
                                                    center,
                                                    past.text(id, "name", m.getName()),
                                                    m.getKind(),
                                                    new MilestoneSchedule(
                                                            past.date(
                                                                    id,
                                                                    "baselineDate",
                                                                    m.getBaselineDate()),
                                                            past.date(
                                                                    id,
                                                                    "forecastDate",
                                                                    m.getForecastDate()),
                                                            asOf.happened(m.getActualDate()))));
                                }
                            }
                            plans.put(center, then);
                        });
        return plans;
    }
}
