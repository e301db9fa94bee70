package org.rehabtrack.finding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rehabtrack.center.Center;
import org.rehabtrack.center.CenterRepository;
import org.rehabtrack.evaluation.Evaluation;
import org.rehabtrack.evaluation.EvaluationService;
import org.rehabtrack.system.PageRequest;
import org.rehabtrack.system.Paged;
import org.rehabtrack.system.Patch;
import org.rehabtrack.system.Refusal;
import org.rehabtrack.system.persistence.CenterIds;

/** Findings: logging them, describing them, moving them through their lifecycle, removing them. */
@ApplicationScoped
public class FindingService {

    private final FindingRepository findings;
    private final FindingTransitionRepository transitions;
    private final PhotoRepository photos;
    private final PhotoStorage storage;
    private final EvaluationService evaluations;
    private final CenterRepository centers;

    FindingService(
            FindingRepository findings,
            FindingTransitionRepository transitions,
            PhotoRepository photos,
            PhotoStorage storage,
            EvaluationService evaluations,
            CenterRepository centers) {
        this.findings = findings;
        this.transitions = transitions;
        this.photos = photos;
        this.storage = storage;
        this.evaluations = evaluations;
        this.centers = centers;
    }

    public Paged<FindingView> listForCenter(
            String code, FindingRepository.Filter filter, PageRequest page) {
        Center center = centers.require(code);
        List<Finding> found = findings.page(center, filter, page.index(), page.size);
        Map<Long, List<Photo>> photosByFinding = photos.of(found);
        List<FindingView> items =
                found.stream()
                        .map(
                                f ->
                                        FindingView.of(
                                                f,
                                                photosByFinding.getOrDefault(f.getId(), List.of())))
                        .toList();
        return new Paged<>(items, findings.count(center, filter), page);
    }

    public FindingView get(long id) {
        Finding finding = finding(id);
        return FindingView.of(finding, photos.of(finding));
    }

    @Transactional
    public FindingView create(long evaluationId, NewFinding request, String actor) {
        Evaluation evaluation = evaluations.evaluation(evaluationId);
        Finding finding = new Finding(evaluation, false);
        finding.describe(request);
        findings.persist(finding);
        transitions.persist(FindingTransition.logged(finding, actor));
        findings.flush();
        return FindingView.of(finding, List.of());
    }

    @Transactional
    public FindingView update(long id, Patch body, String actor) {
        Finding finding = finding(id);
        FindingPatch patch = body.over(FindingPatch.of(finding));
        finding.checkVersion(patch.version);
        if (patch.status == null) {
            throw Refusal.invalidField("status", "error.required");
        }
        finding.describe(patch);
        if (patch.status != finding.getStatus()) {
            transitions.persist(finding.moveTo(patch.status, patch.statusReason, actor));
        }
        findings.flush();
        return FindingView.of(finding, photos.of(finding));
    }

    /** The open and planned findings of these centers, counted by severity, by center id. */
    public Map<Long, Map<Severity, Integer>> openBySeverity(Collection<Long> centerIds) {
        return findings.openBySeverity(CenterIds.of(centerIds));
    }

    /** The ids of the findings a works package addresses. */
    public List<Long> addressedBy(long workPackageId) {
        return findings.addressedBy(workPackageId).stream().map(Finding::getId).toList();
    }

    /**
     * Makes the listed findings of the center the ones a works package addresses: they become
     * planned in it, and the others it addressed are released with {@code releaseReason}. A finding
     * that does not exist or belongs to another center is refused, named by its place in the list.
     */
    @Transactional
    public void addressIn(
            long workPackageId, Center center, List<Long> ids, String releaseReason, String actor) {
        Set<Long> wanted = new HashSet<>(ids);
        for (Finding finding : findings.addressedBy(workPackageId)) {
            if (!wanted.contains(finding.getId())) {
                record(finding.release(releaseReason, actor));
            }
        }
        for (int i = 0; i < ids.size(); i++) {
            long findingId = ids.get(i);
            String field = "findings[" + i + "]";
            Finding finding =
                    findings.findWithCenter(findingId)
                            .orElseThrow(
                                    () ->
                                            Refusal.invalidField(
                                                    field, "works.unknownFinding", findingId));
            if (!finding.getCenter().getId().equals(center.getId())) {
                throw Refusal.invalidField(field, "works.findingOfAnotherCenter", findingId);
            }
            record(finding.planIn(workPackageId, actor));
        }
    }

    /** The findings a completed works package addressed are resolved by it. */
    @Transactional
    public void resolveAddressedBy(long workPackageId, String actor) {
        for (Finding finding : findings.addressedBy(workPackageId)) {
            record(finding.resolveByWorks(actor));
        }
    }

    private void record(FindingTransition transition) {
        if (transition != null) {
            transitions.persist(transition);
        }
    }

    public List<TransitionView> transitions(long id) {
        return transitions.history(finding(id)).stream().map(TransitionView::of).toList();
    }

    /**
     * Deletes a finding softly: it is no longer shown, but stays in the database with its history
     * of moves, and in the center's audit trail with what it was. Its photos go, their files once
     * this is committed; under the finding's lock, so that a photo being added meanwhile either
     * comes first and goes with them, or comes second and finds the finding gone.
     */
    @Transactional
    public void delete(long id) {
        Finding finding = finding(id);
        if (!findings.lockIfNotDeleted(id)) {
            throw Refusal.notFound("finding.notFound", id);
        }
        for (Photo photo : photos.of(finding)) {
            storage.deleteAfterCommit(photo);
            photos.delete(photo);
        }
        findings.delete(finding);
    }

    /** A finding, locked until the transaction ends so that it cannot be deleted meanwhile. */
    Finding lockedFinding(long id) {
        Finding finding = finding(id);
        if (!findings.lockIfNotDeleted(id)) {
            throw Refusal.notFound("finding.notFound", id);
        }
        return finding;
    }

    Finding finding(long id) {
        return findings.findWithCenter(id)
                .orElseThrow(() -> Refusal.notFound("finding.notFound", id));
    }
}
