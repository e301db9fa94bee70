package org.rehabtrack.fielddata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.rehabtrack.evaluation.Measurements;
import org.rehabtrack.evaluation.WorkingModelService;
import org.rehabtrack.fielddata.XlsForm.Question;
import org.rehabtrack.system.Bilingual;

/**
 * The evaluation XLSForm keeps the XLSForm rules, asks every measurement within the limits the
 * service checks, and each rule of {@link XlsFormRules} catches the fault it names.
 */
class EvaluationFormTest {

    private static final List<EvaluationForm.CenterChoice> CENTERS =
            List.of(
                    new EvaluationForm.CenterChoice("TEST-A", "Centro de prueba A"),
                    new EvaluationForm.CenterChoice("TEST-B", "=Centro B"));

    private static XlsForm form() {
        return EvaluationForm.of(CENTERS, "TEST-B", 2560);
    }

    @Test
    void theFormKeepsEveryRule() throws java.io.IOException {
        byte[] written = XlsFormWriter.write(form());
        java.nio.file.Files.write(java.nio.file.Path.of("target", "evaluation-form.xlsx"), written);
        assertEquals(List.of(), XlsFormRules.check(written));
    }

    @Test
    void everyMeasurementIsAskedWithTheServicesLimits() {
        Map<String, Question> byName =
                form().survey().stream()
                        .filter(q -> q.name != null)
                        .collect(Collectors.toMap(q -> q.name, q -> q));
        long measured =
                java.util.Arrays.stream(Measurements.class.getDeclaredFields())
                        .filter(
                                f ->
                                        !java.lang.reflect.Modifier.isStatic(f.getModifiers())
                                                && !f.isSynthetic()
                                                && !f.getName().startsWith("$"))
                        .count();
        assertEquals(measured, MeasuredField.ALL.size());
        for (MeasuredField m : MeasuredField.ALL) {
            assertTrue(byName.containsKey(m.name()), m.name());
        }
        assertEquals(". >= 0 and . <= 100000", byName.get("persons_design_capacity").constraint);
        assertEquals(
                ". >= 0 and . <= 9999999.99 and round(., 2) = .",
                byName.get("covered_area_m2").constraint);
        assertEquals(
                ". >= 0 and . <= 100 and round(., 2) = .",
                byName.get("min_ceiling_height_m").constraint);
        assertEquals("select_one yes_no", byName.get("overnight_stay").type);
        for (WorkingModelService service : WorkingModelService.values()) {
            assertEquals(
                    "select_one ratings", byName.get(EvaluationForm.serviceName(service)).type);
        }
        assertEquals("TEST-B", byName.get(EvaluationForm.CENTER).defaultValue);
        assertEquals("max-pixels=2560", byName.get("photo_3").parameters);
        assertEquals("geopoint", byName.get(EvaluationForm.GPS).type);
    }

    @Test
    void theSameFormHasTheSameVersionAndAnotherFormAnother() {
        assertEquals(form().settings().version(), form().settings().version());
        XlsForm fewer = EvaluationForm.of(CENTERS.subList(0, 1), null, 2560);
        assertNotEquals(form().settings().version(), fewer.settings().version());
    }

    @Test
    void labelsAreInSpanishAndEnglish() {
        Question date =
                form().survey().stream()
                        .filter(q -> EvaluationForm.DATE.equals(q.name))
                        .findFirst()
                        .orElseThrow();
        assertEquals("Día de la visita", date.label.es());
        assertEquals("Day of the visit", date.label.en());
    }

    @Test
    void eachRuleCatchesItsFault() {
        assertBroken(
                "unknown question type txt",
                s -> s.set(1, Question.of("txt", "x", s.get(1).label)));
        assertBroken("is used twice", s -> s.add(1, Question.of("text", "date", s.get(1).label)));
        assertBroken(
                "is not an XML name", s -> s.add(1, Question.of("text", "1st", s.get(1).label)));
        assertBroken(
                "is not in the choices sheet",
                s -> s.add(1, Question.of("select_one nothing", "pick", s.get(1).label)));
        assertBroken(
                "is never ended", s -> s.add(Question.of("begin_group", "open", s.get(1).label)));
        assertBroken("with no begin_group open", s -> s.add(Question.end("end_group")));
        assertBroken(
                "holds no question",
                s -> {
                    s.add(Question.of("begin_group", "empty", s.get(1).label));
                    s.add(Question.end("end_group"));
                });
        assertBroken(
                "names no question",
                s ->
                        s.add(
                                Question.of("text", "later", s.get(1).label)
                                        .relevant("${nowhere} = 'x'")));
        assertBroken(
                "has no label in English (en)",
                s -> s.add(Question.of("text", "half", new Bilingual("solo", ""))));
        assertBroken(
                "an image with no max-pixels",
                s -> s.add(Question.of("image", "picture", s.get(1).label)));
        assertBroken(
                "a constraint with no message",
                s -> s.add(Question.of("integer", "n", s.get(1).label).constraint(". > 0", null)));
    }

    private static void assertBroken(String fault, Consumer<List<Question>> breaking) {
        XlsForm good = form();
        List<Question> survey = new java.util.ArrayList<>(good.survey());
        breaking.accept(survey);
        List<String> problems =
                XlsFormRules.check(
                        XlsFormWriter.write(new XlsForm(survey, good.choices(), good.settings())));
        assertTrue(
                problems.stream().anyMatch(p -> p.contains(fault)), fault + " not in " + problems);
    }
}
