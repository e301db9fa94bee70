package org.rehabtrack.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The shipped sources are named in the reader's language; one an agency wrote stays as written. */
class StandardSourcesTest {

    private static final List<String> SHIPPED =
            List.of(
                    StandardSources.SHELTER,
                    StandardSources.SHELTER_GUIDANCE,
                    StandardSources.WATER,
                    StandardSources.TRANSIT,
                    StandardSources.EXCRETA,
                    StandardSources.EXCRETA_EARLY,
                    StandardSources.EXCRETA_MEDIUM);

    @Test
    void everyShippedSourceHasASpanishNameAndKeepsItsEnglishOne() {
        Locale spanish = Locale.forLanguageTag("es-HN");
        for (String source : SHIPPED) {
            assertEquals(source, StandardSources.named(source, Locale.ENGLISH));
            assertNotEquals(source, StandardSources.named(source, spanish), source);
        }
        assertEquals(
                "Manual Esfera, gestión de excrementos (fase inicial)",
                StandardSources.named(StandardSources.EXCRETA_EARLY, spanish));
    }

    @Test
    void aSourceTheAgencyWroteIsShownAsWritten() {
        assertEquals(
                "Norma nacional de albergues, art. 12",
                StandardSources.named(
                        "Norma nacional de albergues, art. 12", Locale.forLanguageTag("es")));
        assertEquals(null, StandardSources.named(null, Locale.ENGLISH));
    }
}
