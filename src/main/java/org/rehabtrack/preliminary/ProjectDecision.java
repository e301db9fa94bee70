package org.rehabtrack.preliminary;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;
import org.rehabtrack.partner.Partner;

/** An institution's approval or rejection of a version: who, when, and what they said. */
@Entity
public class ProjectDecision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private PreliminaryProject project;

    @Enumerated(EnumType.STRING)
    private ProjectStatus outcome;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Partner partner;

    private String person;
    private LocalDate decisionDate;
    private String note;

    protected ProjectDecision() {}

    ProjectDecision(
            PreliminaryProject project,
            ProjectStatus outcome,
            Partner partner,
            String person,
            LocalDate decisionDate,
            String note) {
        this.project = project;
        this.outcome = outcome;
        this.partner = partner;
        this.person = person;
        this.decisionDate = decisionDate;
        this.note = note;
    }

    public ProjectStatus getOutcome() {
        return outcome;
    }

    public Partner getPartner() {
        return partner;
    }

    public String getPerson() {
        return person;
    }

    public LocalDate getDecisionDate() {
        return decisionDate;
    }

    public String getNote() {
        return note;
    }
}
