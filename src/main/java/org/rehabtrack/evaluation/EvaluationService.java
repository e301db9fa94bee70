package org.rehabtrack.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.rehabtrack.center.Center;
import org.rehabtrack.center.CenterRepository;
import org.rehabtrack.security.Visibility;
import org.rehabtrack.system.Patch;
import org.rehabtrack.system.Refusal;
import org.rehabtrack.system.persistence.CenterIds;

/** Site evaluations: recording them, checking their measurements, comparing them over time. */
@ApplicationScoped
public class EvaluationService {

    private final EvaluationRepository evaluations;
    private final CenterRepository centers;
    private final Standards standards;
    private final Clock clock;
    private final Visibility visibility;

    EvaluationService(
            EvaluationRepository evaluations,
            CenterRepository centers,
            StandardsConfig standardsConfig,
            Clock clock,
            Visibility visibility) {
        this.visibility = visibility;
        this.evaluations = evaluations;
        this.centers = centers;
        this.standards = Standards.from(standardsConfig);
        this.clock = clock;
    }

    public List<EvaluationView> listForCenter(String code) {
        return evaluations.forCenter(center(code)).stream().map(this::view).toList();
    }

    /** The latest evaluation of each of several centers, by center id, in one query. */
    public java.util.Map<Long, EvaluationView> latestOf(List<Center> of) {
        java.util.Map<Long, EvaluationView> latest = new java.util.HashMap<>();
        evaluations
                .latestOf(CenterIds.of(of.stream().map(Center::getId).toList()))
                .forEach((id, e) -> latest.put(id, view(e)));
        return latest;
    }

    public EvaluationView get(long id) {
        return view(evaluation(id));
    }

    @Transactional
    public EvaluationView create(String code, NewEvaluation request) {
        Evaluation evaluation = new Evaluation(center(code), request.kind, false);
        evaluation.record(request, LocalDate.now(clock));
        evaluations.persistAndFlush(evaluation);
        return view(evaluation);
    }

    /**
     * Records an evaluation collected with a field tool, keeping the submission's instance id (the
     * database refuses a second one: importing the same submission twice creates nothing).
     */
    @Transactional
    public EvaluationView createImported(String code, NewEvaluation request, String instanceId) {
        Evaluation evaluation = new Evaluation(center(code), request.kind, false);
        evaluation.importedFrom(instanceId);
        evaluation.record(request, LocalDate.now(clock));
        evaluations.persistAndFlush(evaluation);
        return view(evaluation);
    }

    /** The id of the evaluation imported from this field-tool submission, if it was. */
    public java.util.Optional<Long> importedFrom(String instanceId) {
        return evaluations.findByInstanceId(instanceId).map(Evaluation::getId);
    }

    @Transactional
    public EvaluationView update(long id, Patch body) {
        Evaluation evaluation = evaluation(id);
        EvaluationPatch patch = body.over(EvaluationPatch.of(evaluation));
        evaluation.checkVersion(patch.version);
        evaluation.record(patch, LocalDate.now(clock));
        evaluations.flush();
        return view(evaluation);
    }

    /**
     * Sets an evaluation against an earlier one of the same center: the one given, else the
     * center's initial evaluation. Says which checks moved from fail to pass. An evaluation given
     * of a center the user may not see answers exactly as one that does not exist (the path's own
     * evaluation is checked by VisibilityFilter).
     */
    public EvaluationComparison compare(long id, Long withId) {
        Evaluation after = evaluation(id);
        Evaluation before =
                withId != null
                        ? visibleEvaluation(withId)
                        : evaluations
                                .initialOf(after.getCenter())
                                .orElseThrow(
                                        () ->
                                                Refusal.invalidField(
                                                        "with",
                                                        "evaluation.noInitial",
                                                        after.getCenter().getCode()));
        if (!before.getCenter().getId().equals(after.getCenter().getId())) {
            throw Refusal.invalidField(
                    "with", "evaluation.otherCenter", before.getId(), after.getCenter().getCode());
        }
        List<StandardCheck> beforeChecks = standards.check(before.getMeasurements());
        List<StandardCheck> afterChecks = standards.check(after.getMeasurements());
        List<CheckComparison> checks = new ArrayList<>();
        for (int i = 0; i < afterChecks.size(); i++) {
            checks.add(CheckComparison.of(beforeChecks.get(i), afterChecks.get(i)));
        }
        List<StandardCheckKind> nowPassing =
                checks.stream()
                        .filter(c -> c.change() == CheckComparison.Change.NOW_PASSES)
                        .map(CheckComparison::check)
                        .toList();
        return new EvaluationComparison(
                after.getId(),
                after.getEvaluationDate(),
                before.getId(),
                before.getEvaluationDate(),
                nowPassing,
                checks);
    }

    /** The evaluation, answered as missing when the user may not see its center. */
    private Evaluation visibleEvaluation(long id) {
        Evaluation evaluation = evaluation(id);
        if (!visibility.seesCenter(evaluation.getCenter().getId())) {
            throw Refusal.notFound("evaluation.notFound", id);
        }
        return evaluation;
    }

    /** The evaluation, for the findings recorded during it. */
    public Evaluation evaluation(long id) {
        return evaluations
                .findWithCenter(id)
                .orElseThrow(() -> Refusal.notFound("evaluation.notFound", id));
    }

    private EvaluationView view(Evaluation evaluation) {
        return EvaluationView.of(evaluation, standards);
    }

    private Center center(String code) {
        return centers.require(code);
    }
}
