package org.rehabtrack.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProductionSettingsTest {

    private static final Optional<String> OWN_KEY =
            Optional.of("an-operators-own-key-of-at-least-32-characters");

    private static List<String> problems(
            Optional<String> key, boolean demoAccounts, boolean sampleData, boolean synthetic) {
        return ProductionSettings.Check.problems(key, demoAccounts, sampleData, synthetic);
    }

    @Test
    void acceptsAnOwnKeyWithoutAnyDemoSetting() {
        assertTrue(problems(OWN_KEY, false, false, false).isEmpty());
    }

    @Test
    void saysWhetherTheKeyIsMissingTooShortOrTheDemoKey() {
        assertEquals(
                List.of(
                        "REHABTRACK_SESSION_KEY is not set: production needs a session key of its own, 32"
                                + " characters or more (for a demo, start with REHABTRACK_DEMO=true instead)"),
                problems(Optional.empty(), false, false, false));
        assertEquals(
                List.of(
                        "REHABTRACK_SESSION_KEY is too short: 9 characters where production needs 32 or more"),
                problems(Optional.of("too-short"), false, false, false));
        assertTrue(
                problems(Optional.of(ProductionSettings.DEMO_SESSION_KEY), false, false, false)
                        .get(0)
                        .startsWith("REHABTRACK_SESSION_KEY is the demo key"));
    }

    @Test
    void refusesEveryDemoSettingNamingIt() {
        List<String> problems = problems(OWN_KEY, true, true, true);
        assertEquals(3, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("REHABTRACK_DEMO_ACCOUNTS is true"));
        assertTrue(problems.get(1).startsWith("REHABTRACK_SAMPLE_DATA is true"));
        assertTrue(problems.get(2).startsWith("REHABTRACK_SYNTHETIC is set"));
        assertTrue(problems.stream().noneMatch(p -> p.contains("\n")), "one line each");
    }
}
