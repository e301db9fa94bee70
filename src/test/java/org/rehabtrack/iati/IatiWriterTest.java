package org.rehabtrack.iati;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rehabtrack.system.Bilingual;

/** The writer's document is valid against IATI's 2.03 schema, and the schema catches a fault. */
class IatiWriterTest {

    /** The reporting organisation of the tests' documents. */
    static final IatiOrganisation IOM =
            new IatiOrganisation(
                    "XM-DAC-47066",
                    "40",
                    new Bilingual(
                            "Organización Internacional para las Migraciones",
                            "International Organization for Migration"));

    private static final IatiOrganisation STATE =
            new IatiOrganisation(
                    null,
                    "10",
                    new Bilingual(
                            "Dirección de Niñez, Adolescencia y Familia",
                            "Directorate for Children, Adolescents and Family"));

    private static List<IatiActivity> activities() {
        String programme = "XM-DAC-47066-HN-CAMR";
        String center = programme + "-CENTER-1";
        IatiActivity parent =
                new IatiActivity(
                        programme,
                        1,
                        new Bilingual("Rehabilitación de centros", "Rehabilitation of centers"),
                        new Bilingual(
                                "Centros de atención <al> migrante & \"retornado\"", "Centers"),
                        List.of(new IatiActivity.Participant(IOM, 4)),
                        2,
                        List.of(
                                new IatiActivity.Dated(1, LocalDate.of(2026, 1, 20)),
                                new IatiActivity.Dated(2, LocalDate.of(2026, 2, 2))),
                        "HN",
                        List.of(),
                        "15190",
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(new IatiActivity.Related(2, center)),
                        List.of());
        IatiActivity child =
                new IatiActivity(
                        center,
                        2,
                        new Bilingual("Centro uno", "Center one"),
                        // Characters XML 1.0 forbids, as an old or pasted text may hold them.
                        new Bilingual("Obras\u0007 del\u000B centro\uD800", "Works"),
                        List.of(
                                new IatiActivity.Participant(IOM, 4),
                                new IatiActivity.Participant(STATE, 2)),
                        1,
                        List.of(new IatiActivity.Dated(1, LocalDate.of(2026, 3, 1))),
                        "HN",
                        List.of(
                                new IatiActivity.Place(
                                        "CENTER-1",
                                        new Bilingual("Centro uno", "Center one"),
                                        new Bilingual("Omoa, Cortés", "Omoa, Cortés"),
                                        new BigDecimal("15.776400"),
                                        new BigDecimal("-88.038100"))),
                        "15190",
                        List.of(
                                new IatiActivity.Budget(
                                        1,
                                        LocalDate.of(2026, 1, 1),
                                        LocalDate.of(2026, 12, 31),
                                        new BigDecimal("150000.00"),
                                        "EUR"),
                                new IatiActivity.Budget(
                                        2,
                                        LocalDate.of(2026, 1, 1),
                                        LocalDate.of(2026, 12, 31),
                                        new BigDecimal("175000.00"),
                                        "EUR")),
                        List.of(
                                new IatiActivity.Transaction(
                                        1,
                                        LocalDate.of(2026, 3, 2),
                                        new BigDecimal("150000.00"),
                                        "EUR",
                                        new Bilingual("Fondos", "Funds"),
                                        STATE,
                                        null,
                                        IOM,
                                        center),
                                new IatiActivity.Transaction(
                                        4,
                                        LocalDate.of(2026, 4, 2),
                                        new BigDecimal("1250.50"),
                                        "USD",
                                        new Bilingual("Pago", "Payment"),
                                        IOM,
                                        center,
                                        null,
                                        null)),
                        List.of(
                                new IatiActivity.Document(
                                        "https://rehabtrack.example/api/reports/budget.xlsx?center=CENTER-1&lang=en",
                                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                        new Bilingual("Presupuesto", "Budget"),
                                        "A05",
                                        "en",
                                        LocalDate.of(2026, 11, 28)),
                                new IatiActivity.Document(
                                        "https://rehabtrack.example/centers/CENTER-1/agreements/7",
                                        "text/html",
                                        new Bilingual("Memorando", "Memorandum"),
                                        "A09",
                                        null,
                                        null)),
                        List.of(new IatiActivity.Related(1, programme)),
                        List.of(
                                new IatiActivity.Result(
                                        2,
                                        new Bilingual("Normas", "Standards"),
                                        new Bilingual("Verificaciones", "Checks"),
                                        List.of(
                                                new IatiActivity.Indicator(
                                                        new Bilingual("Agua (L)", "Water (L)"),
                                                        true,
                                                        LocalDate.of(2026, 3, 1),
                                                        new BigDecimal("8.5"),
                                                        LocalDate.of(2026, 12, 15),
                                                        new BigDecimal("15"),
                                                        new BigDecimal("16.25")),
                                                new IatiActivity.Indicator(
                                                        new Bilingual(
                                                                "Personas por inodoro",
                                                                "Persons per toilet"),
                                                        false,
                                                        LocalDate.of(2026, 3, 1),
                                                        new BigDecimal("40"),
                                                        LocalDate.of(2026, 12, 15),
                                                        new BigDecimal("20"),
                                                        null)))));
        return List.of(parent, child);
    }

    private static String written() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        IatiWriter.write(out, IOM, Instant.parse("2026-12-05T09:30:00.123Z"), activities());
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theDocumentIsValidAgainstTheSchema() throws Exception {
        String document = written();
        assertEquals(List.of(), IatiSchema.errors(document.getBytes(StandardCharsets.UTF_8)));
        assertTrue(
                document.contains("<narrative xml:lang=\"en\">Center one</narrative>"), document);
        assertTrue(document.contains("&lt;al&gt; migrante &amp;"), document);
        assertTrue(document.contains("generated-datetime=\"2026-12-05T09:30:00Z\""), document);
        assertTrue(document.contains("<pos>15.776400 -88.038100</pos>"), document);
        assertTrue(document.contains(">Obras del centro</narrative>"), document);
    }

    @Test
    void aTextKeepsEveryCharacterXmlAllows() {
        String text = "Niñez\tá\n\r😀 \uFFFD";
        assertSame(text, IatiWriter.xmlText(text));
        assertEquals("ab", IatiWriter.xmlText("a\u0000\u001F\uFFFE\uDC00b"));
    }

    @Test
    void theSchemaCatchesAnActivityWithoutItsStatus() throws Exception {
        String document =
                written()
                        .replaceFirst(
                                "<activity-status code=\"2\"/>|<activity-status code=\"2\"></activity-status>",
                                "");
        List<String> errors = IatiSchema.errors(document.getBytes(StandardCharsets.UTF_8));
        assertFalse(errors.isEmpty(), document);
        assertTrue(errors.get(0).contains("activity-date"), errors.toString());
    }
}
