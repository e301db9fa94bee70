package org.rehabtrack.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** One service of the working model as the engineers found it: rated, with a note. */
@Embeddable
public class ServiceAssessment {

    @NotNull
    @Enumerated(EnumType.STRING)
    public WorkingModelService service;

    @NotNull
    @Enumerated(EnumType.STRING)
    public ServiceRating rating;

    @Size(max = 1000)
    @Column(name = "note")
    public String note;
}
