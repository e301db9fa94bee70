package org.rehabtrack.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jboss.resteasy.reactive.RestForm;
import org.rehabtrack.evaluation.Measurements;
import org.rehabtrack.security.Csrf;

/**
 * The evaluation form's fields as a browser posts them ({@link EvaluationPage}), each as typed, and
 * the measurements' groups as the form and the page show them: people, spaces, water and
 * sanitation, safety. Counts are whole numbers; areas, heights and litres take decimals.
 */
public class EvaluationFields {

    /** A measurement: its field, its label, and whether it takes decimals. */
    public record Field(String name, String label, boolean decimal, String value) {

        /** The keyboard a phone shows for it. */
        public String inputmode() {
            return decimal ? "decimal" : "numeric";
        }
    }

    /** Measurements shown together, under a title. */
    public record Group(String title, List<Field> fields) {}

    /** The measurements typed as text, in the form's order (overnight stay is a choice). */
    static final List<String> MEASURED =
            List.of(
                    "personsDesignCapacity",
                    "personsObservedPeak",
                    "coveredAreaM2",
                    "minCeilingHeightM",
                    "childFriendlySpaceM2",
                    "beds",
                    "familyRooms",
                    "toiletsFemale",
                    "toiletsMale",
                    "toiletsAccessible",
                    "showers",
                    "handwashingPoints",
                    "waterLitresPerDay",
                    "fireExtinguishers",
                    "emergencyExits");

    private static final List<String> DECIMAL =
            List.of(
                    "coveredAreaM2",
                    "minCeilingHeightM",
                    "childFriendlySpaceM2",
                    "waterLitresPerDay");

    @RestForm(Csrf.FIELD)
    public String token;

    /** The key a phone made for the post, so that sending it again saves nothing twice. */
    @RestForm(SentForms.FIELD)
    public String submissionKey;

    @RestForm public String kind;
    @RestForm public String date;
    @RestForm public String leadEngineer;
    @RestForm public String summary;
    @RestForm public String overnightStay;
    @RestForm public String personsDesignCapacity;
    @RestForm public String personsObservedPeak;
    @RestForm public String coveredAreaM2;
    @RestForm public String minCeilingHeightM;
    @RestForm public String childFriendlySpaceM2;
    @RestForm public String beds;
    @RestForm public String familyRooms;
    @RestForm public String toiletsFemale;
    @RestForm public String toiletsMale;
    @RestForm public String toiletsAccessible;
    @RestForm public String showers;
    @RestForm public String handwashingPoints;
    @RestForm public String waterLitresPerDay;
    @RestForm public String fireExtinguishers;
    @RestForm public String emergencyExits;

    /** The measurements as typed, read into numbers; each one not a number noted by its field. */
    Measurements measurements(FormErrors errors) {
        Measurements m = new Measurements();
        m.personsDesignCapacity =
                errors.whole("personsDesignCapacity", personsDesignCapacity, false);
        m.personsObservedPeak = errors.whole("personsObservedPeak", personsObservedPeak, false);
        m.overnightStay =
                "true".equals(overnightStay)
                        ? Boolean.TRUE
                        : "false".equals(overnightStay) ? Boolean.FALSE : null;
        m.coveredAreaM2 = errors.number("coveredAreaM2", coveredAreaM2, false);
        m.minCeilingHeightM = errors.number("minCeilingHeightM", minCeilingHeightM, false);
        m.childFriendlySpaceM2 = errors.number("childFriendlySpaceM2", childFriendlySpaceM2, false);
        m.beds = errors.whole("beds", beds, false);
        m.familyRooms = errors.whole("familyRooms", familyRooms, false);
        m.toiletsFemale = errors.whole("toiletsFemale", toiletsFemale, false);
        m.toiletsMale = errors.whole("toiletsMale", toiletsMale, false);
        m.toiletsAccessible = errors.whole("toiletsAccessible", toiletsAccessible, false);
        m.showers = errors.whole("showers", showers, false);
        m.handwashingPoints = errors.whole("handwashingPoints", handwashingPoints, false);
        m.waterLitresPerDay = errors.number("waterLitresPerDay", waterLitresPerDay, false);
        m.fireExtinguishers = errors.whole("fireExtinguishers", fireExtinguishers, false);
        m.emergencyExits = errors.whole("emergencyExits", emergencyExits, false);
        return m;
    }

    /** The fields as typed, by name, in the form's order. */
    String[] typed() {
        Map<String, String> measured = typedMeasurements();
        List<String> all =
                new ArrayList<>(
                        List.of(
                                "kind", nullToEmpty(kind),
                                "date", nullToEmpty(date),
                                "leadEngineer", nullToEmpty(leadEngineer),
                                "summary", nullToEmpty(summary),
                                "overnightStay", nullToEmpty(overnightStay)));
        for (String field : MEASURED) {
            all.add(field);
            all.add(measured.get(field));
        }
        return all.toArray(String[]::new);
    }

    private Map<String, String> typedMeasurements() {
        Map<String, String> typed = new java.util.HashMap<>();
        typed.put("personsDesignCapacity", nullToEmpty(personsDesignCapacity));
        typed.put("personsObservedPeak", nullToEmpty(personsObservedPeak));
        typed.put("coveredAreaM2", nullToEmpty(coveredAreaM2));
        typed.put("minCeilingHeightM", nullToEmpty(minCeilingHeightM));
        typed.put("childFriendlySpaceM2", nullToEmpty(childFriendlySpaceM2));
        typed.put("beds", nullToEmpty(beds));
        typed.put("familyRooms", nullToEmpty(familyRooms));
        typed.put("toiletsFemale", nullToEmpty(toiletsFemale));
        typed.put("toiletsMale", nullToEmpty(toiletsMale));
        typed.put("toiletsAccessible", nullToEmpty(toiletsAccessible));
        typed.put("showers", nullToEmpty(showers));
        typed.put("handwashingPoints", nullToEmpty(handwashingPoints));
        typed.put("waterLitresPerDay", nullToEmpty(waterLitresPerDay));
        typed.put("fireExtinguishers", nullToEmpty(fireExtinguishers));
        typed.put("emergencyExits", nullToEmpty(emergencyExits));
        return typed;
    }

    private static String nullToEmpty(String typed) {
        return typed == null ? "" : typed;
    }

    /** The form's groups, each field empty. */
    static List<Group> groups(Page page) {
        return groups(page, field -> "");
    }

    /** The page's groups, each field with the value measured ("—" when not). */
    static List<Group> measured(Measurements measurements, Page page) {
        Formats fmt = page.formats();
        Measurements m = measurements == null ? new Measurements() : measurements;
        Map<String, Object> values = new java.util.HashMap<>();
        values.put("personsDesignCapacity", m.personsDesignCapacity);
        values.put("personsObservedPeak", m.personsObservedPeak);
        values.put("coveredAreaM2", m.coveredAreaM2);
        values.put("minCeilingHeightM", m.minCeilingHeightM);
        values.put("childFriendlySpaceM2", m.childFriendlySpaceM2);
        values.put("beds", m.beds);
        values.put("familyRooms", m.familyRooms);
        values.put("toiletsFemale", m.toiletsFemale);
        values.put("toiletsMale", m.toiletsMale);
        values.put("toiletsAccessible", m.toiletsAccessible);
        values.put("showers", m.showers);
        values.put("handwashingPoints", m.handwashingPoints);
        values.put("waterLitresPerDay", m.waterLitresPerDay);
        values.put("fireExtinguishers", m.fireExtinguishers);
        values.put("emergencyExits", m.emergencyExits);
        EvaluationMessages texts = page.texts(EvaluationMessages.class);
        List<Group> groups = groups(page, field -> fmt.number(values.get(field)));
        Field overnight =
                new Field(
                        "overnightStay",
                        texts.evaluationPage_overnightStay(),
                        false,
                        m.overnightStay == null
                                ? texts.evaluationPage_unknown()
                                : m.overnightStay
                                        ? texts.evaluationPage_yes()
                                        : texts.evaluationPage_no());
        List<Field> people = new ArrayList<>(groups.get(0).fields());
        people.add(overnight);
        groups.set(0, new Group(groups.get(0).title(), people));
        return groups;
    }

    private static List<Group> groups(Page page, Function<String, String> value) {
        EvaluationMessages t = page.texts(EvaluationMessages.class);
        List<Group> groups = new ArrayList<>();
        groups.add(
                new Group(
                        t.evaluationPage_people(),
                        fields(
                                value,
                                "personsDesignCapacity",
                                t.evaluationPage_personsDesignCapacity(),
                                "personsObservedPeak",
                                t.evaluationPage_personsObservedPeak())));
        groups.add(
                new Group(
                        t.evaluationPage_spaces(),
                        fields(
                                value,
                                "coveredAreaM2",
                                t.evaluationPage_coveredAreaM2(),
                                "minCeilingHeightM",
                                t.evaluationPage_minCeilingHeightM(),
                                "childFriendlySpaceM2",
                                t.evaluationPage_childFriendlySpaceM2(),
                                "beds",
                                t.evaluationPage_beds(),
                                "familyRooms",
                                t.evaluationPage_familyRooms())));
        groups.add(
                new Group(
                        t.evaluationPage_sanitation(),
                        fields(
                                value,
                                "toiletsFemale",
                                t.evaluationPage_toiletsFemale(),
                                "toiletsMale",
                                t.evaluationPage_toiletsMale(),
                                "toiletsAccessible",
                                t.evaluationPage_toiletsAccessible(),
                                "showers",
                                t.evaluationPage_showers(),
                                "handwashingPoints",
                                t.evaluationPage_handwashingPoints(),
                                "waterLitresPerDay",
                                t.evaluationPage_waterLitresPerDay())));
        groups.add(
                new Group(
                        t.evaluationPage_safety(),
                        fields(
                                value,
                                "fireExtinguishers",
                                t.evaluationPage_fireExtinguishers(),
                                "emergencyExits",
                                t.evaluationPage_emergencyExits())));
        return groups;
    }

    private static List<Field> fields(Function<String, String> value, String... namesAndLabels) {
        List<Field> fields = new ArrayList<>();
        for (int i = 0; i < namesAndLabels.length; i += 2) {
            String name = namesAndLabels[i];
            fields.add(
                    new Field(
                            name,
                            namesAndLabels[i + 1],
                            DECIMAL.contains(name),
                            value.apply(name)));
        }
        return fields;
    }
}
