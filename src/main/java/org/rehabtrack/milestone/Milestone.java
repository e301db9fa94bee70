package org.rehabtrack.milestone;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;
import java.util.Objects;
import org.rehabtrack.center.Center;
import org.rehabtrack.center.MilestoneKind;
import org.rehabtrack.system.FactDate;
import org.rehabtrack.system.Refusal;
import org.rehabtrack.system.persistence.Audited;
import org.rehabtrack.system.persistence.TrackedEntity;

/** A dated point in a center's plan: a phase gate, another standard milestone, or a custom one. */
@Entity
public class Milestone extends TrackedEntity implements Audited {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Center center;

    private String name;

    @Enumerated(EnumType.STRING)
    private MilestoneKind kind;

    private LocalDate baselineDate;
    private LocalDate forecastDate;
    private LocalDate actualDate;
    private String note;

    protected Milestone() {}

    public Milestone(Center center, MilestoneKind kind, String name) {
        this.center = center;
        this.kind = kind;
        this.name = name;
    }

    /**
     * Records new dates and text. An actual date cannot be after today; a baseline, once set,
     * changes only through {@link #rebaseline}.
     */
    public void update(MilestoneDetails details, LocalDate today) {
        if (baselineDate != null && !Objects.equals(baselineDate, details.baselineDate)) {
            throw Refusal.invalidField("baselineDate", "milestone.baselineSet", baselineDate);
        }
        FactDate.notAfterToday("actualDate", details.actualDate, today);
        this.name = details.name.strip();
        this.baselineDate = details.baselineDate;
        this.forecastDate = details.forecastDate;
        this.actualDate = details.actualDate;
        this.note = details.note == null || details.note.isBlank() ? null : details.note.strip();
    }

    /**
     * Records that the milestone was reached on {@code date}, as another part of the plan says (an
     * agreement signed, a project approved). An actual date already recorded is kept.
     */
    public void reach(LocalDate date, LocalDate today) {
        if (actualDate == null && !date.isAfter(today)) {
            this.actualDate = date;
        }
    }

    /** Moves the baseline to {@code newDate}, keeping the old one in the returned record. */
    public MilestoneRebaseline rebaseline(LocalDate newDate, String reason) {
        if (baselineDate == null) {
            throw Refusal.invalidField("baselineDate", "milestone.noBaselineYet");
        }
        MilestoneRebaseline record =
                new MilestoneRebaseline(this, baselineDate, newDate, reason.strip());
        this.baselineDate = newDate;
        return record;
    }

    public MilestoneSchedule schedule() {
        return new MilestoneSchedule(baselineDate, forecastDate, actualDate);
    }

    public Center getCenter() {
        return center;
    }

    public String getName() {
        return name;
    }

    public MilestoneKind getKind() {
        return kind;
    }

    public LocalDate getBaselineDate() {
        return baselineDate;
    }

    public LocalDate getForecastDate() {
        return forecastDate;
    }

    public LocalDate getActualDate() {
        return actualDate;
    }

    public String getNote() {
        return note;
    }

    @Override
    public Long auditedCenterId() {
        return center.getId();
    }
}
