package org.rehabtrack.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rehabtrack.center.MilestoneKind;
import org.rehabtrack.center.Phase;
import org.rehabtrack.system.Refusal.Reason;
import org.rehabtrack.system.problem.Labelled;
import org.rehabtrack.system.problem.Messages;
import org.rehabtrack.system.problem.ProblemType;

class MessageBundlesTest {

    private static Properties load(String path) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(path)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @ParameterizedTest
    @ValueSource(strings = {"i18n/messages", "ValidationMessages"})
    void spanishAndEnglishHaveTheSameKeys(String bundle) throws IOException {
        Set<String> english = new TreeSet<>(load(bundle + ".properties").stringPropertyNames());
        Set<String> spanish = new TreeSet<>(load(bundle + "_es.properties").stringPropertyNames());
        assertEquals(english, spanish);
    }

    @Test
    void everyMessageIsAValidPattern() throws IOException {
        for (String file :
                new String[] {"i18n/messages.properties", "i18n/messages_es.properties"}) {
            Properties properties = load(file);
            for (String key : properties.stringPropertyNames()) {
                String message = properties.getProperty(key);
                new MessageFormat(message);
                // A lone quote starts a quoted section: "package's {0}" would print "packages {0}".
                assertTrue(
                        !message.matches("(?s).*(?<!')'(?!').*"),
                        key + " has a single quote; write it as ''");
            }
        }
    }

    @Test
    void everyProblemPhaseAndMilestoneKindHasALabel() throws IOException {
        Properties english = load("i18n/messages.properties");
        Arrays.stream(ProblemType.values())
                .forEach(t -> assertTrue(english.containsKey(t.titleKey()), t.titleKey()));
        // Every domain refusal has the problem it is answered with.
        Arrays.stream(Reason.values()).forEach(ProblemType::of);
        Arrays.stream(MilestoneKind.values())
                .forEach(k -> assertTrue(english.containsKey(k.labelKey()), k.labelKey()));
        Arrays.stream(Phase.values())
                .forEach(p -> assertTrue(english.containsKey("phase." + p.name()), p.name()));
    }

    @Test
    void answersInSpanishWhenAskedAndInEnglishOtherwise() {
        assertEquals(
                "Inauguración",
                Messages.get(Locale.forLanguageTag("es-HN"), "milestone.kind.INAUGURATION"));
        assertEquals("Inauguration", Messages.get(Locale.FRENCH, "milestone.kind.INAUGURATION"));
        assertEquals(
                "There is no milestone with id 12345.",
                Messages.get(Locale.ENGLISH, "milestone.notFound", 12345L));
    }

    @Test
    void everyLabelledEnumValueHasANameInBothLanguages() throws IOException {
        Properties english = load("i18n/messages.properties");
        Properties spanish = load("i18n/messages_es.properties");
        JavaClasses labelled =
                new ClassFileImporter()
                        .importPackages("org.rehabtrack")
                        .that(
                                com.tngtech.archunit.core.domain.properties.CanBeAnnotated
                                        .Predicates.annotatedWith(Labelled.class));
        assertTrue(labelled.size() >= 16, "found " + labelled.size());
        for (JavaClass type : labelled) {
            Class<?> reflected = type.reflect();
            String prefix = reflected.getAnnotation(Labelled.class).value();
            for (Object value : reflected.getEnumConstants()) {
                String key = prefix + "." + ((Enum<?>) value).name();
                assertTrue(english.containsKey(key) && spanish.containsKey(key), key);
            }
        }
    }

    @Test
    void anEnumValueInsideAMessageIsWrittenByItsName() {
        assertEquals(
                "El centro CAMR-TEST-2 no puede salir de la fase Evaluación: su hito de cierre"
                        + " Evaluación completada aún no tiene fecha real.",
                Messages.get(
                        Locale.forLanguageTag("es"),
                        "center.gateNotMet",
                        "CAMR-TEST-2",
                        Phase.EVALUATION,
                        MilestoneKind.EVALUATION_COMPLETED));
        assertEquals(
                "Moving back from Works to Preliminary project needs a reason.",
                Messages.get(
                        Locale.ENGLISH,
                        "center.backwardNeedsReason",
                        Phase.WORKS,
                        Phase.PRELIMINARY_PROJECT));
    }

    @Test
    void aQuoteWrittenTwiceIsOneQuoteWithOrWithoutArguments() {
        String note = Messages.get(Locale.ENGLISH, "report.budget.otherFundingNote");
        assertTrue(note.contains("donors' grants") && !note.contains("''"), note);
    }
}
