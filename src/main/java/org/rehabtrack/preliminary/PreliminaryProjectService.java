package org.rehabtrack.preliminary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.rehabtrack.center.Center;
import org.rehabtrack.center.CenterRepository;
import org.rehabtrack.center.MilestoneKind;
import org.rehabtrack.milestone.MilestoneService;
import org.rehabtrack.partner.Partner;
import org.rehabtrack.partner.PartnerRepository;
import org.rehabtrack.system.FactDate;
import org.rehabtrack.system.Refusal;
import org.rehabtrack.system.Refusal.Reason;
import org.rehabtrack.system.money.Money;

/** Preliminary projects: their versions, bills of quantities, decisions and comparisons. */
@ApplicationScoped
public class PreliminaryProjectService {

    private final PreliminaryProjectRepository projects;
    private final CenterRepository centers;
    private final PartnerRepository partners;
    private final MilestoneService milestones;
    private final BoqImportConfig importLimits;
    private final Clock clock;

    PreliminaryProjectService(
            PreliminaryProjectRepository projects,
            CenterRepository centers,
            PartnerRepository partners,
            MilestoneService milestones,
            BoqImportConfig importLimits,
            Clock clock) {
        this.projects = projects;
        this.centers = centers;
        this.partners = partners;
        this.milestones = milestones;
        this.importLimits = importLimits;
        this.clock = clock;
    }

    /** A bill of quantities as a workbook, with the name to save it under. */
    public record BoqFile(String fileName, byte[] content) {}

    /** The answer to a PUT: the version, and whether it was created by it. */
    public record Written(ProjectView project, boolean created) {}

    public ProjectView current(String code) {
        return ProjectView.of(latest(center(code)));
    }

    public ProjectView version(String code, int versionNumber) {
        Center center = center(code);
        return projects.version(center, versionNumber)
                .map(ProjectView::of)
                .orElseThrow(
                        () -> Refusal.notFound("project.versionNotFound", code, versionNumber));
    }

    public List<ProjectSummary> versions(String code) {
        return projects.versions(center(code)).stream().map(ProjectSummary::of).toList();
    }

    /**
     * The latest version's content as {@link #write} takes it, with the version to send, so that a
     * form changes part of it and writes the rest as it is; empty when the center has none yet.
     */
    public Optional<ProjectPut> latestContent(String code) {
        return projects.latest(center(code))
                .map(
                        project -> {
                            ProjectContent content = ProjectContent.of(project);
                            ProjectPut put = new ProjectPut();
                            put.scope = content.scope;
                            put.termsOfReference = content.termsOfReference;
                            put.contingencyPercent = content.contingencyPercent;
                            put.chapters = content.chapters;
                            put.version = project.getVersion();
                            return put;
                        });
    }

    /** Writes the content of the current draft; the center's first PUT creates version 1. */
    @Transactional
    public Written write(String code, ProjectPut request, boolean illustrative) {
        Center center = center(code);
        PreliminaryProject project = projects.latest(center).orElse(null);
        boolean created = project == null;
        if (created) {
            project = new PreliminaryProject(center, 1, illustrative);
        } else {
            if (request.version == null) {
                throw Refusal.invalidField("version", "error.required");
            }
            project.checkVersion(request.version);
        }
        project.write(request);
        projects.persist(project);
        projects.flush();
        return new Written(ProjectView.of(project), created);
    }

    /** Starts a new draft version from the latest, once that one is approved or rejected. */
    @Transactional
    public ProjectView newVersion(String code) {
        PreliminaryProject next = latest(center(code)).nextVersion();
        projects.persistAndFlush(next);
        return ProjectView.of(next);
    }

    /**
     * Submits, withdraws, approves or rejects the latest version; approval dates the center's
     * milestone.
     */
    @Transactional
    public ProjectView decide(String code, ProjectDecisionRequest request) {
        PreliminaryProject project = latest(center(code));
        project.checkVersion(request.version);
        LocalDate today = LocalDate.now(clock);
        LocalDate date = request.date == null ? today : request.date;
        FactDate.notAfterToday("date", date, today);
        Partner institution =
                request.institution == null || request.institution.isBlank()
                        ? null
                        : partners.findByAcronym(request.institution)
                                .orElseThrow(
                                        () ->
                                                Refusal.invalidField(
                                                        "institution",
                                                        "partner.unknown",
                                                        request.institution));
        if (project.decide(request.status, date, institution, request.person, request.note)) {
            milestones.reachStandard(
                    project.getCenter(), MilestoneKind.PRELIMINARY_PROJECT_APPROVED, date);
        }
        projects.flush();
        return ProjectView.of(project);
    }

    /**
     * Replaces the bill of quantities of the current draft with the one in an uploaded workbook (a
     * center's first import creates version 1). Nothing is stored if any row is wrong.
     */
    @Transactional
    public Written importBoq(String code, Path workbook, Long versionLastRead) {
        Center center = center(code);
        long size = size(workbook);
        long max = importLimits.maxSize().asLongValue();
        if (size > max) {
            throw Refusal.refused(Reason.TOO_LARGE, "boq.fileTooLarge", size, max);
        }
        List<ChapterContent> chapters = BoqWorkbookReader.read(workbook, importLimits);
        PreliminaryProject project = projects.latest(center).orElse(null);
        boolean created = project == null;
        if (created) {
            project = new PreliminaryProject(center, 1, false);
        } else if (versionLastRead != null) {
            project.checkVersion(versionLastRead);
        }
        ProjectContent content = ProjectContent.of(project);
        content.chapters = chapters;
        project.write(content);
        projects.persist(project);
        projects.flush();
        return new Written(ProjectView.of(project), created);
    }

    /**
     * The latest version's bill of quantities in the import layout; the empty template when there
     * is none.
     */
    public BoqFile exportBoq(String code, boolean spanish) {
        Center center = center(code);
        return projects.latest(center)
                .map(
                        p ->
                                new BoqFile(
                                        "boq-"
                                                + center.getCode()
                                                + "-v"
                                                + p.getVersionNumber()
                                                + ".xlsx",
                                        BoqWorkbookWriter.write(p.getChapters(), spanish)))
                .orElseGet(
                        () ->
                                new BoqFile(
                                        "boq-" + center.getCode() + "-template.xlsx",
                                        BoqWorkbookWriter.write(List.of(), spanish)));
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ProjectComparison compare(String code, int from, int to) {
        Center center = center(code);
        PreliminaryProject a =
                projects.version(center, from)
                        .orElseThrow(() -> Refusal.notFound("project.versionNotFound", code, from));
        PreliminaryProject b =
                projects.version(center, to)
                        .orElseThrow(() -> Refusal.notFound("project.versionNotFound", code, to));
        return ProjectComparison.of(a, b);
    }

    private PreliminaryProject latest(Center center) {
        return projects.latest(center)
                .orElseThrow(() -> Refusal.notFound("project.notFound", center.getCode()));
    }

    private Center center(String code) {
        return centers.require(code);
    }

    /**
     * The totals, one per currency, of the named chapters of the center's latest approved
     * preliminary project; empty when none is approved.
     */
    public Optional<List<Money>> totalOfApprovedChapters(Center center, List<String> chapters) {
        return projects.latestApproved(center).map(p -> p.totalOfChapters(chapters));
    }
}
