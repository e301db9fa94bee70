package org.rehabtrack.evaluation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.rehabtrack.center.Center;
import org.rehabtrack.system.FactDate;
import org.rehabtrack.system.Refusal;
import org.rehabtrack.system.persistence.Audited;
import org.rehabtrack.system.persistence.TrackedEntity;

/**
 * A site visit by engineers: what they measured, how the working model's services stand, and (as
 * findings) what they saw.
 */
@Entity
public class Evaluation extends TrackedEntity implements Audited {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Center center;

    @Enumerated(EnumType.STRING)
    private EvaluationKind kind;

    private LocalDate evaluationDate;
    private String leadEngineer;
    private String summary;

    @Embedded private Measurements measurements = new Measurements();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "evaluation_service", joinColumns = @JoinColumn(name = "evaluation_id"))
    @OrderColumn(name = "position")
    private List<ServiceAssessment> services = new ArrayList<>();

    private boolean illustrative;

    /** The instance id of the field-tool submission it was imported from; null when typed. */
    private String instanceId;

    protected Evaluation() {}

    public Evaluation(Center center, EvaluationKind kind, boolean illustrative) {
        this.center = center;
        this.kind = kind;
        this.illustrative = illustrative;
    }

    /** Records what the engineers report; the date of a visit cannot be after today. */
    public void record(EvaluationDetails details, LocalDate today) {
        FactDate.notAfterToday("date", details.date, today);
        long distinct = details.services.stream().map(s -> s.service).distinct().count();
        if (distinct != details.services.size()) {
            throw Refusal.invalidField("services", "evaluation.serviceTwice");
        }
        this.evaluationDate = details.date;
        this.leadEngineer = details.leadEngineer.strip();
        this.summary = details.summary;
        this.measurements =
                details.measurements == null ? new Measurements() : details.measurements;
        this.services.clear();
        this.services.addAll(details.services);
    }

    /** Says which field-tool submission the evaluation was imported from (before it is kept). */
    public void importedFrom(String submissionInstanceId) {
        this.instanceId = submissionInstanceId;
    }

    public String getInstanceId() {
        return instanceId;
    }

    public Center getCenter() {
        return center;
    }

    public EvaluationKind getKind() {
        return kind;
    }

    public LocalDate getEvaluationDate() {
        return evaluationDate;
    }

    public String getLeadEngineer() {
        return leadEngineer;
    }

    public String getSummary() {
        return summary;
    }

    public Measurements getMeasurements() {
        return measurements == null ? new Measurements() : measurements;
    }

    public List<ServiceAssessment> getServices() {
        return services;
    }

    public boolean isIllustrative() {
        return illustrative;
    }

    @Override
    public Long auditedCenterId() {
        return center.getId();
    }
}
