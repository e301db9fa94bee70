package org.rehabtrack.preliminary;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.rehabtrack.center.Center;
import org.rehabtrack.partner.Partner;
import org.rehabtrack.system.Refusal;
import org.rehabtrack.system.Refusal.Reason;
import org.rehabtrack.system.persistence.Audited;
import org.rehabtrack.system.persistence.TrackedEntity;

/**
 * One version of a center's preliminary project: its scope, terms of reference, and the bill of
 * quantities that prices it. Only a draft can change; approved and rejected versions are frozen.
 */
@Entity
public class PreliminaryProject extends TrackedEntity implements Audited {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Center center;

    private int versionNumber;
    private String scope;
    private String termsOfReference;
    private BigDecimal contingencyPercent = BigDecimal.ZERO;

    @Enumerated(EnumType.STRING)
    private ProjectStatus status = ProjectStatus.DRAFT;

    private LocalDate statusDate;
    private boolean illustrative;

    @OneToMany(mappedBy = "project", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<BoqChapter> chapters = new ArrayList<>();

    @OneToMany(mappedBy = "project", cascade = CascadeType.ALL)
    @OrderBy("decisionDate, id")
    private List<ProjectDecision> decisions = new ArrayList<>();

    protected PreliminaryProject() {}

    public PreliminaryProject(Center center, int versionNumber, boolean illustrative) {
        this.center = center;
        this.versionNumber = versionNumber;
        this.illustrative = illustrative;
    }

    /** Replaces scope, terms of reference, contingency and the whole bill of quantities. */
    public void write(ProjectContent content) {
        if (!status.isEditable()) {
            throw Refusal.conflict(Reason.FROZEN, "project.frozen", versionNumber, status);
        }
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < content.chapters.size(); i++) {
            if (!codes.add(content.chapters.get(i).code.strip())) {
                throw Refusal.invalidField(
                        "chapters[" + i + "].code",
                        "project.chapterTwice",
                        content.chapters.get(i).code);
            }
        }
        this.scope = content.scope;
        this.termsOfReference = content.termsOfReference;
        this.contingencyPercent = content.contingencyPercent;
        this.chapters.clear();
        for (ChapterContent chapter : content.chapters) {
            chapters.add(new BoqChapter(this, chapters.size(), chapter));
        }
    }

    /**
     * Moves the version in its life. Approving and rejecting are decisions of an institution,
     * recorded with who and when; the returned value says whether this move approved it.
     */
    public boolean decide(
            ProjectStatus target, LocalDate date, Partner institution, String person, String note) {
        if (!status.next().contains(target)) {
            throw Refusal.conflict(
                    Reason.ILLEGAL_TRANSITION,
                    "project.illegalTransition",
                    status,
                    target,
                    status.next());
        }
        if (target.isDecided()) {
            if (institution == null) {
                throw Refusal.invalidField("institution", "project.decisionNeedsInstitution");
            }
            if (person == null || person.isBlank()) {
                throw Refusal.invalidField("person", "project.decisionNeedsPerson");
            }
            decisions.add(
                    new ProjectDecision(this, target, institution, person.strip(), date, note));
        }
        this.status = target;
        this.statusDate = date;
        return target == ProjectStatus.APPROVED;
    }

    /** A new draft version with this one's content, to change what was approved or rejected. */
    public PreliminaryProject nextVersion() {
        if (!status.isDecided()) {
            throw Refusal.conflict(
                    Reason.ILLEGAL_TRANSITION, "project.stillOpen", versionNumber, status);
        }
        PreliminaryProject next = new PreliminaryProject(center, versionNumber + 1, false);
        next.write(ProjectContent.of(this));
        return next;
    }

    /**
     * The bill of quantities' totals, with the one rounding rule of docs/preliminary-project.md.
     */
    public BoqTotals totals() {
        return BoqTotals.of(this);
    }

    /**
     * The total of the named chapters, by currency, for budgeting works from the approved design;
     * an unknown chapter code is refused, naming it.
     */
    public List<org.rehabtrack.system.money.Money> totalOfChapters(List<String> codes) {
        BoqTotals totals = totals();
        Amounts sum = new Amounts();
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            if (!totals.chapters().containsKey(code)) {
                throw Refusal.invalidField(
                        "budgetFromBoq[" + i + "]", "project.unknownChapter", code, versionNumber);
            }
            sum.addAll(totals.chapter(code));
        }
        return sum.toList();
    }

    public Center getCenter() {
        return center;
    }

    public int getVersionNumber() {
        return versionNumber;
    }

    public String getScope() {
        return scope;
    }

    public String getTermsOfReference() {
        return termsOfReference;
    }

    public BigDecimal getContingencyPercent() {
        return contingencyPercent;
    }

    public ProjectStatus getStatus() {
        return status;
    }

    public LocalDate getStatusDate() {
        return statusDate;
    }

    public boolean isIllustrative() {
        return illustrative;
    }

    public List<BoqChapter> getChapters() {
        return chapters;
    }

    public List<ProjectDecision> getDecisions() {
        return decisions;
    }

    @Override
    public Long auditedCenterId() {
        return center.getId();
    }
}
