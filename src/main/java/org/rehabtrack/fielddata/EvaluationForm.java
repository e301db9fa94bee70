package org.rehabtrack.fielddata;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.rehabtrack.evaluation.EvaluationKind;
import org.rehabtrack.evaluation.ServiceRating;
import org.rehabtrack.evaluation.WorkingModelService;
import org.rehabtrack.fielddata.XlsForm.Choice;
import org.rehabtrack.fielddata.XlsForm.Question;
import org.rehabtrack.finding.FindingCategory;
import org.rehabtrack.finding.Severity;
import org.rehabtrack.system.Bilingual;

/**
 * The site evaluation as an XLSForm: the center, kind, date and lead engineer; every measurement
 * with its limits; each service of the working model rated, with a note; and a repeat of findings
 * with up to three photos and a GPS point. The names here are those the import reads back ({@link
 * EvaluationForm#FINDINGS} and the constants below).
 */
final class EvaluationForm {

    static final String FORM_ID = "rehabtrack_evaluation";
    static final String CENTER = "center";
    static final String KIND = "kind";
    static final String DATE = "date";
    static final String LEAD_ENGINEER = "lead_engineer";
    static final String SUMMARY = "summary";
    static final String FINDINGS = "findings";
    static final String CATEGORY = "category";
    static final String SEVERITY = "severity";
    static final String TITLE = "title";
    static final String DESCRIPTION = "description";
    static final String LOCATION = "location";
    static final String RECOMMENDATION = "recommendation";
    static final String ESTIMATED_COST = "estimated_cost";
    static final String CURRENCY = "currency";
    static final String GPS = "gps";
    static final int PHOTOS = 3;
    static final List<String> CURRENCIES = List.of("HNL", "USD");
    static final String YES = "yes";
    static final String NO = "no";

    /** A center the form offers: its code, stored in the answer, and its name, shown. */
    record CenterChoice(String code, String name) {}

    private EvaluationForm() {}

    /**
     * The form for these centers, the one given (if any) chosen beforehand; photos are taken at no
     * more than the longest side the service stores.
     */
    static XlsForm of(List<CenterChoice> centers, String preselected, int photoSide) {
        List<Question> survey = new ArrayList<>();
        survey.add(
                Question.of("select_one centers", CENTER, text("center"))
                        .required()
                        .defaultValue(preselected));
        survey.add(
                Question.of("select_one kinds", KIND, text("kind"))
                        .required()
                        .defaultValue(EvaluationKind.INITIAL.name()));
        survey.add(
                Question.of("date", DATE, text("date"))
                        .required()
                        .constraint(". <= today()", text("date.constraint")));
        survey.add(textQuestion(LEAD_ENGINEER, "leadEngineer", 200).required());
        survey.add(textQuestion(SUMMARY, "summary", 10_000).appearance("multiline"));
        survey.add(
                Question.of("begin_group", "measurements", text("measurements"))
                        .hint(text("measurements.hint")));
        MeasuredField.ALL.forEach(m -> survey.add(measurement(m)));
        survey.add(Question.end("end_group"));
        survey.add(
                Question.of("begin_group", "services", text("services"))
                        .hint(text("services.hint")));
        for (WorkingModelService service : WorkingModelService.values()) {
            String name = serviceName(service);
            Bilingual label = Bilingual.of("evaluation.service." + service);
            survey.add(Question.of("select_one ratings", name, label));
            survey.add(
                    Question.of(
                                    "text",
                                    serviceNoteName(service),
                                    Bilingual.of("form.evaluation.serviceNote", service))
                            .relevant("${" + name + "} != ''")
                            .constraint(
                                    "string-length(.) <= 1000",
                                    Bilingual.of("form.evaluation.text.constraint", 1000)));
        }
        survey.add(Question.end("end_group"));
        survey.add(Question.of("begin_repeat", FINDINGS, text("findings")));
        survey.add(
                Question.of("select_one categories", CATEGORY, text("finding.category"))
                        .required());
        survey.add(
                Question.of("select_one severities", SEVERITY, text("finding.severity"))
                        .required());
        survey.add(textQuestion(TITLE, "finding.title", 200).required());
        survey.add(
                textQuestion(DESCRIPTION, "finding.description", 10_000).appearance("multiline"));
        survey.add(
                textQuestion(LOCATION, "finding.location", 200)
                        .hint(text("finding.location.hint")));
        survey.add(
                textQuestion(RECOMMENDATION, "finding.recommendation", 10_000)
                        .appearance("multiline"));
        survey.add(
                Question.of("decimal", ESTIMATED_COST, text("finding.estimatedCost"))
                        .constraint(
                                ". >= 0 and . <= 9999999999999.99 and round(., 2) = .",
                                text("finding.cost.constraint")));
        survey.add(
                Question.of("select_one currencies", CURRENCY, text("finding.currency"))
                        .required()
                        .relevant("${" + ESTIMATED_COST + "} != ''")
                        .defaultValue(CURRENCIES.get(0)));
        for (int i = 1; i <= PHOTOS; i++) {
            survey.add(
                    Question.of(
                                    "image",
                                    photoName(i),
                                    Bilingual.of("form.evaluation.finding.photo", i))
                            .parameters("max-pixels=" + photoSide));
        }
        survey.add(Question.of("geopoint", GPS, text("finding.gps")));
        survey.add(Question.end("end_repeat"));

        List<Choice> choices = new ArrayList<>();
        centers.forEach(
                c ->
                        choices.add(
                                new Choice(
                                        "centers", c.code(), new Bilingual(c.name(), c.name()))));
        for (EvaluationKind kind : EvaluationKind.values()) {
            choices.add(new Choice("kinds", kind.name(), Bilingual.of("evaluation.kind." + kind)));
        }
        choices.add(new Choice("yes_no", YES, text("yes")));
        choices.add(new Choice("yes_no", NO, text("no")));
        for (ServiceRating rating : ServiceRating.values()) {
            choices.add(
                    new Choice(
                            "ratings", rating.name(), Bilingual.of("evaluation.rating." + rating)));
        }
        for (FindingCategory category : FindingCategory.values()) {
            choices.add(
                    new Choice(
                            "categories",
                            category.name(),
                            Bilingual.of("finding.category." + category)));
        }
        for (Severity severity : Severity.values()) {
            choices.add(
                    new Choice(
                            "severities",
                            severity.name(),
                            Bilingual.of("finding.severity." + severity)));
        }
        CURRENCIES.forEach(
                code -> choices.add(new Choice("currencies", code, text("currency." + code))));
        return new XlsForm(
                survey,
                choices,
                new XlsForm.Settings(
                        text("title").es(),
                        FORM_ID,
                        version(survey, choices),
                        "concat(${" + CENTER + "}, ' ', ${" + DATE + "})"));
    }

    /** The name of a service's rating: {@code service_first_aid}. */
    static String serviceName(WorkingModelService service) {
        return "service_" + service.name().toLowerCase(Locale.ROOT);
    }

    static String serviceNoteName(WorkingModelService service) {
        return serviceName(service) + "_note";
    }

    /** The name of a finding's photo, from 1. */
    static String photoName(int number) {
        return "photo_" + number;
    }

    private static Question measurement(MeasuredField m) {
        Bilingual label = text(m.field());
        return switch (m.kind()) {
            case YES_NO -> Question.of("select_one yes_no", m.name(), label);
            case WHOLE ->
                    Question.of("integer", m.name(), label)
                            .constraint(
                                    ". >= " + plain(m.min()) + " and . <= " + plain(m.max()),
                                    Bilingual.of(
                                            "form.evaluation.whole.constraint", m.min(), m.max()));
            case DECIMAL ->
                    Question.of("decimal", m.name(), label)
                            .constraint(
                                    ". >= "
                                            + plain(m.min())
                                            + " and . <= "
                                            + plain(m.max())
                                            + " and round(., "
                                            + m.fractionDigits()
                                            + ") = .",
                                    Bilingual.of(
                                            "form.evaluation.decimal.constraint",
                                            plain(m.min()),
                                            plain(m.max()),
                                            m.fractionDigits()));
        };
    }

    private static Question textQuestion(String name, String key, int maxLength) {
        return Question.of("text", name, text(key))
                .constraint(
                        "string-length(.) <= " + maxLength,
                        Bilingual.of("form.evaluation.text.constraint", maxLength));
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static Bilingual text(String key) {
        return Bilingual.of("form.evaluation." + key);
    }

    /**
     * The form's version: a digest of what it asks and offers, so that the same form always has the
     * same version and a changed one (a center added, a new measurement) another, as ODK Central
     * asks of a form published anew.
     */
    private static String version(List<Question> survey, List<Choice> choices) {
        StringBuilder content = new StringBuilder();
        survey.forEach(
                q ->
                        content.append(
                                        String.join(
                                                "|",
                                                q.type,
                                                q.name,
                                                String.valueOf(q.label),
                                                String.valueOf(q.hint),
                                                String.valueOf(q.required),
                                                q.constraint,
                                                String.valueOf(q.constraintMessage),
                                                q.relevant,
                                                q.appearance,
                                                q.parameters,
                                                q.defaultValue))
                                .append('\n'));
        choices.forEach(c -> content.append(c).append('\n'));
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256")
                            .digest(content.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 5);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
