package org.rehabtrack.center;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.rehabtrack.partner.Partner;
import org.rehabtrack.system.FactDate;
import org.rehabtrack.system.Refusal;
import org.rehabtrack.system.Refusal.Reason;
import org.rehabtrack.system.persistence.Audited;
import org.rehabtrack.system.persistence.TrackedEntity;

/** A migrant reception center and the phase of its rehabilitation. */
@Entity
public class Center extends TrackedEntity implements Audited {

    private String code;
    private String name;

    @Enumerated(EnumType.STRING)
    private CenterType type;

    private String department;
    private String municipality;
    private BigDecimal latitude;
    private BigDecimal longitude;
    private String populationServed;
    private Integer capacity;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "administering_partner_id")
    private Partner administeringInstitution;

    @Enumerated(EnumType.STRING)
    private Phase phase;

    private LocalDate phaseSince;
    private boolean illustrative;

    /**
     * Raised by the audit trail with every recorded change of the center's records; never written
     * here.
     */
    @Column(name = "data_version", insertable = false, updatable = false)
    private long dataVersion;

    protected Center() {}

    /**
     * A new center in {@code phase} since {@code since}; its descriptive fields follow through
     * {@link #describe}.
     */
    public Center(String code, Phase phase, LocalDate since, boolean illustrative) {
        this.code = code;
        this.phase = phase;
        this.phaseSince = since;
        this.illustrative = illustrative;
    }

    /** Sets the descriptive fields: everything but the code and the phase. */
    public void describe(CenterDetails details, Partner administeringInstitution) {
        this.name = details.name.strip();
        this.type = details.type;
        this.department = details.department.strip();
        this.municipality = details.municipality.strip();
        this.latitude = details.latitude;
        this.longitude = details.longitude;
        this.populationServed = details.populationServed;
        this.capacity = details.capacity;
        this.administeringInstitution = administeringInstitution;
    }

    /**
     * Moves the center to {@code target}. Forward, every phase left behind must have reached its
     * gate milestone; backward, a reason is required. The date may be neither in the future nor
     * before the current phase began.
     */
    public PhaseChange changePhase(
            Phase target,
            LocalDate date,
            String reason,
            Set<MilestoneKind> reachedGates,
            LocalDate today) {
        FactDate.notAfterToday("phaseChangeDate", date, today);
        if (date.isBefore(phaseSince)) {
            throw Refusal.invalidField(
                    "phaseChangeDate", "center.phaseChangeBeforeCurrent", phaseSince);
        }
        if (target.isAfter(phase)) {
            for (Phase left = phase; left != target; left = Phase.values()[left.ordinal() + 1]) {
                MilestoneKind gate = left.gate().orElseThrow();
                if (!reachedGates.contains(gate)) {
                    throw Refusal.conflict(
                            Reason.PHASE_GATE_NOT_MET, "center.gateNotMet", code, left, gate);
                }
            }
        } else if (reason == null || reason.isBlank()) {
            throw Refusal.invalidField(
                    "phaseChangeReason", "center.backwardNeedsReason", phase, target);
        }
        PhaseChange change = new PhaseChange(this, phase, target, date, reason);
        this.phase = target;
        this.phaseSince = date;
        return change;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public CenterType getType() {
        return type;
    }

    public String getDepartment() {
        return department;
    }

    public String getMunicipality() {
        return municipality;
    }

    public BigDecimal getLatitude() {
        return latitude;
    }

    public BigDecimal getLongitude() {
        return longitude;
    }

    public String getPopulationServed() {
        return populationServed;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public Partner getAdministeringInstitution() {
        return administeringInstitution;
    }

    public Phase getPhase() {
        return phase;
    }

    public LocalDate getPhaseSince() {
        return phaseSince;
    }

    /**
     * Changes whenever any of the center's records does: what its figures computed at it stay true
     * for.
     */
    public long getDataVersion() {
        return dataVersion;
    }

    public boolean isIllustrative() {
        return illustrative;
    }

    @Override
    public Long auditedCenterId() {
        return getId();
    }
}
