package org.rehabtrack.iati;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The sample document of docs/iati.md ({@code docs/iati-sample.xml}, written by the export from the
 * sample data) stays what the export writes: valid against IATI's schema, holding IATI's rules as
 * of the day it was made, with the programme and the sample's three centers.
 */
class IatiSampleDocumentTest {

    @Test
    void theSampleDocumentIsValidAndHoldsTheRules() throws Exception {
        byte[] bytes = Files.readAllBytes(Path.of("docs", "iati-sample.xml"));
        assertEquals(List.of(), IatiSchema.errors(bytes));
        IatiDocument document = new IatiDocument(bytes);
        LocalDate made =
                OffsetDateTime.parse(document.value(null, "/iati-activities/@generated-datetime"))
                        .toLocalDate();
        assertEquals(List.of(), IatiRules.all(document, made));
        assertEquals(4, document.activities().size());
        assertTrue(document.values("//transaction").size() > 10, "the sample's money is there");
        assertEquals(10, document.nodes(null, "//result/indicator").size(), "two centers' results");
    }
}
