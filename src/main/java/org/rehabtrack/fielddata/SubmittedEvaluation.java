package org.rehabtrack.fielddata;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.rehabtrack.evaluation.EvaluationKind;
import org.rehabtrack.evaluation.Measurements;
import org.rehabtrack.evaluation.NewEvaluation;
import org.rehabtrack.evaluation.ServiceAssessment;
import org.rehabtrack.evaluation.ServiceRating;
import org.rehabtrack.evaluation.WorkingModelService;
import org.rehabtrack.finding.FindingCategory;
import org.rehabtrack.finding.NewFinding;
import org.rehabtrack.finding.Severity;
import org.rehabtrack.system.Refusal.FieldProblem;
import org.rehabtrack.system.Refusal.Message;
import org.rehabtrack.system.money.Money;

/**
 * A submission of the evaluation form read into what the service records: the evaluation, and each
 * finding with the names of its photos. Every answer that cannot be read is a problem named by its
 * question ({@code date}, {@code findings[2].severity}); the service's own checks come after.
 */
final class SubmittedEvaluation {

    /** A finding of the submission and the file names of its photos, in order. */
    record SubmittedFinding(NewFinding finding, List<String> photos) {}

    private static final ObjectMapper JSON = new ObjectMapper();

    final NewEvaluation evaluation = new NewEvaluation();
    final List<SubmittedFinding> findings = new ArrayList<>();
    final List<FieldProblem> problems = new ArrayList<>();

    private SubmittedEvaluation() {}

    /** Reads the submission, which must be of the center imported into. */
    static SubmittedEvaluation read(Submission submission, String center) {
        SubmittedEvaluation read = new SubmittedEvaluation();
        read.readEvaluation(submission.answers(), center);
        for (int i = 0; i < submission.findings().size(); i++) {
            read.readFinding(submission.findings().get(i), findingPrefix(i));
        }
        return read;
    }

    /**
     * How the report names the answers of a finding: {@code findings[1].title} for the first, as
     * ODK numbers a repeat's entries.
     */
    static String findingPrefix(int index) {
        return EvaluationForm.FINDINGS + "[" + (index + 1) + "].";
    }

    /**
     * The question of the form that holds a field the service names ({@code
     * measurements.personsDesignCapacity} is {@code persons_design_capacity}, a finding's {@code
     * latitude} is its {@code gps}; a finding's answers keep their {@code findings[n].}), so that
     * the engineer finds what to correct in the form.
     */
    static String question(String field) {
        if (field.startsWith(EvaluationForm.FINDINGS + "[") && field.contains("].")) {
            int dot = field.indexOf("].") + 2;
            return field.substring(0, dot) + question(field.substring(dot));
        }
        String last = field.substring(field.lastIndexOf('.') + 1).replaceAll("\\[\\d+]$", "");
        if (last.equals("latitude") || last.equals("longitude")) {
            return EvaluationForm.GPS;
        }
        if (field.startsWith("estimatedCost")) {
            return EvaluationForm.ESTIMATED_COST;
        }
        if (field.startsWith("services")) {
            return "services";
        }
        return MeasuredField.questionName(last);
    }

    private void readEvaluation(Map<String, String> answers, String center) {
        String submitted = answers.get(EvaluationForm.CENTER);
        if (submitted == null) {
            problem(EvaluationForm.CENTER, "import.missing");
        } else if (!submitted.equals(center)) {
            problem(EvaluationForm.CENTER, "import.otherCenter", submitted, center);
        }
        evaluation.kind =
                choice(answers, EvaluationForm.KIND, EvaluationKind.class, EvaluationForm.KIND);
        evaluation.date = date(answers.get(EvaluationForm.DATE));
        evaluation.leadEngineer = answers.get(EvaluationForm.LEAD_ENGINEER);
        evaluation.summary = answers.get(EvaluationForm.SUMMARY);
        evaluation.measurements = measurements(answers);
        for (WorkingModelService service : WorkingModelService.values()) {
            String name = EvaluationForm.serviceName(service);
            ServiceRating rating = choice(answers, name, ServiceRating.class, name);
            if (rating != null) {
                ServiceAssessment assessment = new ServiceAssessment();
                assessment.service = service;
                assessment.rating = rating;
                assessment.note = answers.get(EvaluationForm.serviceNoteName(service));
                evaluation.services.add(assessment);
            }
        }
    }

    private Measurements measurements(Map<String, String> answers) {
        Map<String, Object> values = new java.util.HashMap<>();
        for (MeasuredField field : MeasuredField.ALL) {
            String answer = answers.get(field.name());
            if (answer == null) {
                continue;
            }
            Object value =
                    switch (field.kind()) {
                        case YES_NO -> yesNo(field.name(), answer);
                        case WHOLE -> whole(field.name(), answer);
                        case DECIMAL -> decimal(field.name(), answer);
                    };
            if (value != null) {
                values.put(field.field(), value);
            }
        }
        // as the API reads a client's measurements: Quarkus gives an entity's fields accessors
        return JSON.convertValue(values, Measurements.class);
    }

    private void readFinding(Map<String, String> answers, String prefix) {
        NewFinding finding = new NewFinding();
        finding.category =
                choice(
                        answers,
                        EvaluationForm.CATEGORY,
                        FindingCategory.class,
                        prefix + "category");
        finding.severity =
                choice(answers, EvaluationForm.SEVERITY, Severity.class, prefix + "severity");
        finding.title = answers.get(EvaluationForm.TITLE);
        finding.description = answers.get(EvaluationForm.DESCRIPTION);
        finding.location = answers.get(EvaluationForm.LOCATION);
        finding.recommendation = answers.get(EvaluationForm.RECOMMENDATION);
        String cost = answers.get(EvaluationForm.ESTIMATED_COST);
        if (cost != null) {
            BigDecimal amount = decimal(prefix + EvaluationForm.ESTIMATED_COST, cost);
            String currency =
                    answers.getOrDefault(EvaluationForm.CURRENCY, EvaluationForm.CURRENCIES.get(0));
            if (amount != null) {
                finding.estimatedCost = new Money(amount, currency);
            }
        }
        BigDecimal[] point = point(answers, prefix);
        if (point != null) {
            finding.latitude = point[0];
            finding.longitude = point[1];
        }
        List<String> photos = new ArrayList<>();
        for (int i = 1; i <= EvaluationForm.PHOTOS; i++) {
            String photo = answers.get(EvaluationForm.photoName(i));
            if (photo != null) {
                photos.add(photo);
            }
        }
        findings.add(new SubmittedFinding(finding, photos));
    }

    /**
     * The finding's GPS point, rounded to six decimals (about ten centimetres, finer than any
     * phone): from the split latitude and longitude, else from the geopoint's own "lat lon alt
     * acc".
     */
    private BigDecimal[] point(Map<String, String> answers, String prefix) {
        String gps = EvaluationForm.GPS;
        String latitude = answers.get("_" + gps + "_latitude");
        String longitude = answers.get("_" + gps + "_longitude");
        if ((latitude == null || longitude == null) && answers.get(gps) != null) {
            String[] parts = answers.get(gps).split("\\s+");
            if (parts.length >= 2) {
                latitude = parts[0];
                longitude = parts[1];
            }
        }
        if (latitude == null || longitude == null) {
            return null;
        }
        BigDecimal lat = decimal(prefix + gps, latitude);
        BigDecimal lon = decimal(prefix + gps, longitude);
        if (lat == null || lon == null) {
            return null;
        }
        return new BigDecimal[] {
            lat.setScale(6, RoundingMode.HALF_UP), lon.setScale(6, RoundingMode.HALF_UP)
        };
    }

    private <E extends Enum<E>> E choice(
            Map<String, String> answers, String name, Class<E> type, String field) {
        String answer = answers.get(name);
        if (answer == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, answer);
        } catch (IllegalArgumentException e) {
            problem(field, "import.notAChoice", answer);
            return null;
        }
    }

    private LocalDate date(String answer) {
        if (answer == null) {
            return null;
        }
        try {
            // a date answer is 2024-03-15; a spreadsheet may have kept a time after it
            return LocalDate.parse(answer.length() > 10 ? answer.substring(0, 10) : answer);
        } catch (DateTimeParseException e) {
            problem(EvaluationForm.DATE, "import.notADate", answer);
            return null;
        }
    }

    private Boolean yesNo(String field, String answer) {
        if (answer.equals(EvaluationForm.YES)) {
            return Boolean.TRUE;
        }
        if (answer.equals(EvaluationForm.NO)) {
            return Boolean.FALSE;
        }
        problem(field, "import.notAChoice", answer);
        return null;
    }

    private Integer whole(String field, String answer) {
        BigDecimal value = decimal(field, answer);
        if (value == null) {
            return null;
        }
        try {
            return value.intValueExact();
        } catch (ArithmeticException e) {
            problem(field, "import.notWhole", answer);
            return null;
        }
    }

    private BigDecimal decimal(String field, String answer) {
        try {
            return new BigDecimal(answer);
        } catch (NumberFormatException e) {
            problem(field, "import.notANumber", answer);
            return null;
        }
    }

    private void problem(String field, String key, Object... args) {
        problems.add(new FieldProblem(field, new Message(key, args)));
    }
}
