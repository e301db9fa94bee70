package org.rehabtrack.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The pages' language files say the same things: the build checks that English has every text a
 * template, {@link PageMessages} or {@link Labels} names; this checks that Spanish has each of them
 * too, so no page falls back to English in part.
 */
class PageMessagesTest {

    private static Properties load(String path) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = PageMessagesTest.class.getClassLoader().getResourceAsStream(path)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                PageMessages.NAME,
                Labels.NAME,
                CenterFormMessages.NAME,
                MilestoneMessages.NAME,
                AdminMessages.NAME,
                AgreementMessages.NAME,
                ProjectMessages.NAME,
                WorksMessages.NAME,
                FindingMessages.NAME,
                EvaluationMessages.NAME,
                FundingMessages.NAME,
                DashboardMessages.NAME,
                ReportsMessages.NAME,
                SchedulesMessages.NAME
            })
    void spanishAndEnglishHaveTheSameTexts(String bundle) throws IOException {
        Properties english = load("messages/" + bundle + "_en.properties");
        Properties spanish = load("messages/" + bundle + "_es.properties");
        assertFalse(english.isEmpty(), bundle);
        Set<String> keys = new TreeSet<>(english.stringPropertyNames());
        assertEquals(keys, new TreeSet<>(spanish.stringPropertyNames()));
        for (String key : keys) {
            assertFalse(spanish.getProperty(key).isBlank(), key + " is empty in Spanish");
        }
    }
}
