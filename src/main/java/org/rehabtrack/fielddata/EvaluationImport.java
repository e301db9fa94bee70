package org.rehabtrack.fielddata;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.rehabtrack.center.CenterService;
import org.rehabtrack.evaluation.EvaluationService;
import org.rehabtrack.evaluation.EvaluationView;
import org.rehabtrack.fielddata.SubmittedEvaluation.SubmittedFinding;
import org.rehabtrack.finding.FindingService;
import org.rehabtrack.finding.FindingView;
import org.rehabtrack.finding.PhotoService;
import org.rehabtrack.finding.PreparedPhoto;
import org.rehabtrack.system.PhotoConfig;
import org.rehabtrack.system.Refusal;
import org.rehabtrack.system.Refusal.FieldProblem;
import org.rehabtrack.system.problem.FieldError;
import org.rehabtrack.system.problem.Messages;
import org.rehabtrack.system.problem.ProblemMappers;

/**
 * Imports what KoboToolbox or ODK Central exported for the evaluation form into a center: each
 * submission becomes an evaluation with its findings and photos, in one transaction of its own, or
 * is refused whole with why. A submission imported before (its instance id is kept on the
 * evaluation) creates nothing again. Photos go through the checks and cleaning of every upload.
 */
@ApplicationScoped
public class EvaluationImport {

    private final CenterService centers;
    private final EvaluationService evaluations;
    private final FindingService findings;
    private final PhotoService photos;
    private final Validator validator;
    private final long maxPhotoBytes;

    EvaluationImport(
            CenterService centers,
            EvaluationService evaluations,
            FindingService findings,
            PhotoService photos,
            Validator validator,
            PhotoConfig photoConfig) {
        this.centers = centers;
        this.evaluations = evaluations;
        this.findings = findings;
        this.photos = photos;
        this.validator = validator;
        this.maxPhotoBytes = photoConfig.maxSize().asLongValue();
    }

    /**
     * Imports the export into the center: {@code file} the submissions, {@code findingsCsv} the
     * findings' CSV when not inside {@code file}, {@code media} the zip of media; the last two may
     * be null. An export that cannot be read, or holds no submission, is refused whole.
     */
    public ImportReport importInto(
            String code, Path file, Path findingsCsv, Path media, String actor, Locale locale) {
        if (file == null) {
            throw Refusal.invalidField("file", "import.fileRequired");
        }
        String center = centers.require(code).getCode();
        try (FieldExport export = FieldExport.read(file, findingsCsv, media, maxPhotoBytes)) {
            if (export.submissions().isEmpty()) {
                throw Refusal.invalidField("file", "import.noSubmissions");
            }
            List<ImportedSubmission> outcomes = new ArrayList<>();
            for (Submission submission : export.submissions()) {
                outcomes.add(importOne(center, submission, export.media(), actor, locale));
            }
            return ImportReport.of(outcomes);
        }
    }

    private ImportedSubmission importOne(
            String center, Submission submission, MediaFiles media, String actor, Locale locale) {
        if (submission.instanceId() == null) {
            return ImportedSubmission.refused(
                    submission, Messages.get(locale, "import.noInstanceId"), List.of());
        }
        Optional<Long> before = evaluations.importedFrom(submission.instanceId());
        if (before.isPresent()) {
            return ImportedSubmission.already(submission, before.get());
        }
        SubmittedEvaluation read = SubmittedEvaluation.read(submission, center);
        List<FieldError> errors = new ArrayList<>(errors(read.problems, locale));
        errors.addAll(violations(validator.validate(read.evaluation), ""));
        List<List<Path>> photoFiles = new ArrayList<>();
        for (int i = 0; i < read.findings.size(); i++) {
            SubmittedFinding finding = read.findings.get(i);
            String prefix = SubmittedEvaluation.findingPrefix(i);
            errors.addAll(violations(validator.validate(finding.finding()), prefix));
            List<Path> files = new ArrayList<>();
            for (int p = 0; p < finding.photos().size(); p++) {
                String name = finding.photos().get(p);
                Optional<Path> file = media.find(submission.instanceId(), name);
                if (file.isEmpty()) {
                    errors.add(
                            new FieldError(
                                    prefix + EvaluationForm.photoName(p + 1),
                                    Messages.get(locale, "import.photoMissing", name)));
                } else {
                    files.add(file.get());
                }
            }
            photoFiles.add(files);
        }
        if (!errors.isEmpty()) {
            return refused(submission, errors, locale);
        }
        List<List<PreparedPhoto>> prepared = new ArrayList<>();
        try {
            for (int i = 0; i < photoFiles.size(); i++) {
                List<PreparedPhoto> ofFinding = new ArrayList<>();
                prepared.add(ofFinding);
                for (int p = 0; p < photoFiles.get(i).size(); p++) {
                    try {
                        ofFinding.add(photos.prepare(photoFiles.get(i).get(p)));
                    } catch (Refusal refusal) {
                        errors.add(
                                new FieldError(
                                        SubmittedEvaluation.findingPrefix(i)
                                                + EvaluationForm.photoName(p + 1),
                                        Messages.get(locale, refusal.detail())));
                    }
                }
            }
            if (!errors.isEmpty()) {
                return refused(submission, errors, locale);
            }
            return record(center, submission, read, prepared, actor);
        } catch (Refusal refusal) {
            List<FieldError> refusalErrors =
                    new ArrayList<>(errors(refusal.fieldProblems(), locale));
            if (refusalErrors.isEmpty()) {
                refusalErrors.add(new FieldError("", Messages.get(locale, refusal.detail())));
            }
            return refused(submission, refusalErrors, locale);
        } catch (PersistenceException e) {
            // imported meanwhile by another request: its instance id is taken
            return evaluations
                    .importedFrom(submission.instanceId())
                    .map(id -> ImportedSubmission.already(submission, id))
                    .orElseThrow(() -> e);
        } finally {
            prepared.forEach(list -> list.forEach(PreparedPhoto::close));
        }
    }

    /** The evaluation, its findings and their photos, in one transaction: all or nothing. */
    private ImportedSubmission record(
            String center,
            Submission submission,
            SubmittedEvaluation read,
            List<List<PreparedPhoto>> prepared,
            String actor) {
        return QuarkusTransaction.requiringNew()
                .call(
                        () -> {
                            EvaluationView evaluation =
                                    evaluations.createImported(
                                            center, read.evaluation, submission.instanceId());
                            List<Long> created = new ArrayList<>();
                            int photoCount = 0;
                            for (int i = 0; i < read.findings.size(); i++) {
                                FindingView finding =
                                        findings.create(
                                                evaluation.id(),
                                                read.findings.get(i).finding(),
                                                actor);
                                created.add(finding.id());
                                for (PreparedPhoto photo : prepared.get(i)) {
                                    photos.add(finding.id(), photo, null);
                                    photoCount++;
                                }
                            }
                            return ImportedSubmission.created(
                                    submission, evaluation.id(), created, photoCount);
                        });
    }

    /**
     * The submission refused with its errors, each field once: an answer that could not be read is
     * not also reported as missing.
     */
    private static ImportedSubmission refused(
            Submission submission, List<FieldError> errors, Locale locale) {
        java.util.Set<String> named = new java.util.HashSet<>();
        List<FieldError> sorted =
                errors.stream()
                        .filter(e -> named.add(e.field()))
                        .sorted(
                                Comparator.comparing(FieldError::field)
                                        .thenComparing(FieldError::message))
                        .toList();
        return ImportedSubmission.refused(
                submission, Messages.get(locale, "import.refused", sorted.size()), sorted);
    }

    private static List<FieldError> errors(List<FieldProblem> problems, Locale locale) {
        return problems.stream()
                .map(
                        p ->
                                new FieldError(
                                        SubmittedEvaluation.question(p.field()),
                                        Messages.get(locale, p.message())))
                .toList();
    }

    private static <T> List<FieldError> violations(
            java.util.Set<ConstraintViolation<T>> violations, String prefix) {
        return violations.stream()
                .map(
                        v ->
                                new FieldError(
                                        prefix
                                                + SubmittedEvaluation.question(
                                                        ProblemMappers.fieldOf(v)),
                                        v.getMessage()))
                .toList();
    }
}
