package org.rehabtrack.reliability;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.rehabtrack.security.DemoAccounts;
import org.rehabtrack.system.TestClock;

/**
 * Issue 11: started on a database that the first release left (schema version 1, with the records
 * of src/test/resources/db/fixtures/first-release.sql), the application migrates it to the current
 * version at start-up, shows every record with the values it had, and takes new writes. The reads
 * run first, then the writes.
 */
@QuarkusTest
@TestProfile(FirstReleaseUpgradeTest.FirstRelease.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FirstReleaseUpgradeTest {

    /**
     * The application on the first release's database (FirstReleaseDatabase), without the sample
     * data.
     */
    public static class FirstRelease implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("rehabtrack.sample-data.load", "false");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(FirstReleaseDatabase.class));
        }
    }

    private static final String WORKS_NOTE =
            "Lluvia de octubre: cubierta de módulo B atrasada. ".repeat(40);

    @Inject Flyway flyway;
    @Inject DataSource dataSource;
    @Inject DemoAccounts demoAccounts;
    @Inject TestClock clock;

    /** The fixture has no users (they came with V10): the demo manager signs the requests in. */
    @BeforeEach
    void signInAsManager() {
        QuarkusTransaction.requiringNew().run(demoAccounts::createIfEnabled);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    @Order(1)
    void appliedEveryMigrationAfterTheFirst() {
        MigrationInfo[] migrations = flyway.info().all();
        assertTrue(migrations.length >= 16, "the migrations are found: " + migrations.length);
        assertEquals(
                IntStream.rangeClosed(1, migrations.length).mapToObj(Integer::toString).toList(),
                Arrays.stream(migrations).map(m -> m.getVersion().getVersion()).toList(),
                "versions 1 to N, none missing");
        for (MigrationInfo migration : migrations) {
            assertEquals(MigrationState.SUCCESS, migration.getState(), migration.getScript());
        }
        assertEquals(0, flyway.info().pending().length);
    }

    @Test
    @Order(2)
    void keepsEveryPartner() {
        assertTable(
                rows("/api/partners"),
                new String[] {"acronym", "name", "kind", "contact", "illustrative", "version"},
                new Object[][] {
                    {
                        "SRECI",
                        "Secretaría de Relaciones Exteriores y Cooperación Internacional",
                        "STATE",
                        null,
                        false,
                        0
                    },
                    {
                        "DINAF",
                        "Dirección de Niñez, Adolescencia y Familia",
                        "STATE",
                        "Unidad de Protección, Tegucigalpa M.D.C.",
                        false,
                        2
                    },
                    {"MUNI-OMOA", "Municipalidad de Omoa", "MUNICIPALITY", null, false, 0},
                    {
                        "IOM",
                        "Organización Internacional para las Migraciones (OIM)",
                        "UN_AGENCY",
                        "oim.honduras@example.org",
                        true,
                        1
                    },
                    {
                        "CONSORCIO-VALLE-SULA",
                        "Consorcio Constructor del Valle de Sula, Sociedad de Responsabilidad"
                                + " Limitada de Capital Variable (ficticio) contratista de obras de rehabilitación de albergues"
                                + " y centros de atención en Cortés y Colón",
                        "CONTRACTOR",
                        "Ing. María José Paz Bonilla,"
                                + " gerente de proyectos, Barrio Río de Piedras, 7 calle, San Pedro Sula:"
                                + " obras@consorcio-valle-sula.example.org, teléfonos +504 2550-0000 y +504 9999-0000,"
                                + " de 7:00 a 16:00 h.",
                        false,
                        5
                    },
                });
    }

    /** Every center as it was; what later releases added is empty or zero for them. */
    @Test
    @Order(3)
    void keepsEveryCenter() throws SQLException {
        given().get("/api/centers").then().statusCode(200).header("X-Total-Count", "4");
        assertTable(
                rows("/api/centers"),
                new String[] {
                    "code",
                    "name",
                    "type",
                    "department",
                    "municipality",
                    "latitude",
                    "longitude",
                    "populationServed",
                    "capacity",
                    "administeringInstitution",
                    "phase",
                    "phaseSince",
                    "illustrative",
                    "version",
                    "createdAt",
                    "updatedAt",
                    "physicalProgress",
                    "financialExecution"
                },
                new Object[][] {
                    {
                        "CAMR-SPS",
                        "Centro de Atención al Migrante Retornado San Pedro Sula",
                        "CAMR",
                        "Cortés",
                        "San Pedro Sula",
                        "15.504213",
                        "-88.025047",
                        "Adultos y familias retornados",
                        300,
                        "SRECI",
                        "WORKS",
                        "2026-06-15",
                        false,
                        3,
                        at("2026-11-30T09:15:00.123456-06:00"),
                        at("2026-12-14T16:45:30.5-06:00"),
                        null,
                        null
                    },
                    {
                        "CAMR-OMOA",
                        "Centro de Atención al Migrante Retornado Omoa",
                        "CAMR",
                        "Cortés",
                        "Omoa",
                        "15.776432",
                        "-88.038129",
                        "Niñez retornada no acompañada",
                        80,
                        "DINAF",
                        "PRELIMINARY_PROJECT",
                        "2026-05-20",
                        false,
                        1,
                        at("2026-11-30T10:02:11-06:00"),
                        at("2026-11-30T10:02:11-06:00"),
                        null,
                        null
                    },
                    {
                        "CANFM-BELEN",
                        "Centro de Atención para Niñez y Familias Migrantes Belén",
                        "CANFM",
                        "Cortés",
                        "San Pedro Sula",
                        "15.490815",
                        "-88.014361",
                        "Niñez y familia migrante ".repeat(20),
                        150,
                        "DINAF",
                        "PARTNERSHIP",
                        "2026-08-28",
                        true,
                        0,
                        at("2026-12-01T00:00:00Z"),
                        at("2026-12-01T00:00:00Z"),
                        null,
                        null
                    },
                    {
                        "CAM-AGUA-CALIENTE",
                        "Centro de Atención al Migrante Agua Caliente, punto fronterizo de"
                                + " Ocotepeque con Guatemala: recepción, orientación y referencia de personas migrantes en"
                                + " tránsito, retornadas o que solicitan protección",
                        "CAM",
                        "Ocotepeque",
                        "Ocotepeque",
                        null,
                        null,
                        null,
                        null,
                        null,
                        "EVALUATION",
                        "2026-12-10",
                        false,
                        0,
                        at("2026-12-10T23:59:59.999999-06:00"),
                        at("2026-12-10T23:59:59.999999-06:00"),
                        null,
                        null
                    },
                });
        // V16's data_version starts at 0: no change recorded since the migration.
        assertEquals(
                Map.of("CAM-AGUA-CALIENTE", 0L, "CAMR-OMOA", 0L, "CAMR-SPS", 0L, "CANFM-BELEN", 0L),
                dataVersions());

        List<Map<String, Object>> phaseChanges = new ArrayList<>();
        for (String code : List.of("CAMR-SPS", "CAMR-OMOA", "CANFM-BELEN", "CAM-AGUA-CALIENTE")) {
            rows("/api/centers/" + code + "/phase-changes")
                    .forEach(
                            change -> {
                                change.put("center", code);
                                phaseChanges.add(change);
                            });
        }
        assertTable(
                phaseChanges,
                new String[] {"center", "fromPhase", "toPhase", "date", "reason", "recordedAt"},
                new Object[][] {
                    {
                        "CAMR-SPS",
                        null,
                        "WORKS",
                        "2026-06-15",
                        "Registrado en obras: evaluación, convenio y anteproyecto anteriores al sistema",
                        at("2026-11-30T09:15:00.123456-06:00")
                    },
                    {
                        "CAMR-OMOA",
                        null,
                        "PARTNERSHIP",
                        "2026-03-10",
                        null,
                        at("2026-11-30T10:02:11-06:00")
                    },
                    {
                        "CAMR-OMOA",
                        "PARTNERSHIP",
                        "PRELIMINARY_PROJECT",
                        "2026-05-20",
                        "Convenio con DINAF firmado",
                        at("2026-11-30T10:05:42-06:00")
                    },
                    {
                        "CANFM-BELEN",
                        null,
                        "PARTNERSHIP",
                        "2026-08-28",
                        null,
                        at("2026-12-01T00:00:00Z")
                    },
                    {
                        "CAM-AGUA-CALIENTE",
                        null,
                        "EVALUATION",
                        "2026-12-10",
                        null,
                        at("2026-12-10T23:59:59.999999-06:00")
                    },
                });
    }

    @Test
    @Order(4)
    void keepsEveryMilestone() {
        List<Map<String, Object>> milestones = new ArrayList<>();
        for (String code : List.of("CAMR-SPS", "CAMR-OMOA", "CANFM-BELEN", "CAM-AGUA-CALIENTE")) {
            milestones.addAll(rows("/api/centers/" + code + "/milestones"));
        }
        assertTable(
                milestones,
                new String[] {
                    "center",
                    "name",
                    "kind",
                    "baselineDate",
                    "forecastDate",
                    "actualDate",
                    "note",
                    "version"
                },
                new Object[][] {
                    {
                        "CAMR-SPS",
                        "Evaluación de infraestructura y modelo de atención",
                        "EVALUATION_COMPLETED",
                        "2025-10-31",
                        null,
                        "2025-10-24",
                        null,
                        1
                    },
                    {
                        "CAMR-SPS",
                        "Convenio con SRECI firmado",
                        "AGREEMENT_SIGNED",
                        "2025-12-15",
                        "2026-01-15",
                        "2026-01-20",
                        "Firma retrasada por cambio de autoridades",
                        2
                    },
                    {
                        "CAMR-SPS",
                        "Anteproyecto de rehabilitación aprobado",
                        "PRELIMINARY_PROJECT_APPROVED",
                        "2026-03-31",
                        null,
                        "2026-04-15",
                        null,
                        1
                    },
                    {
                        "CAMR-SPS",
                        "Obras terminadas",
                        "WORKS_COMPLETED",
                        "2026-12-15",
                        "2027-01-31",
                        null,
                        WORKS_NOTE,
                        3
                    },
                    {
                        "CAMR-SPS",
                        "Tanque elevado de agua instalado",
                        "CUSTOM",
                        "2026-10-31",
                        "2026-11-15",
                        null,
                        "Proveedor del tanque con atraso",
                        1
                    },
                    {
                        "CAMR-OMOA",
                        "Evaluación del centro de Omoa",
                        "EVALUATION_COMPLETED",
                        "2026-02-28",
                        null,
                        "2026-03-10",
                        null,
                        1
                    },
                    {
                        "CAMR-OMOA",
                        "Convenio con DINAF firmado",
                        "AGREEMENT_SIGNED",
                        "2026-05-31",
                        null,
                        "2026-05-20",
                        null,
                        1
                    },
                    {
                        "CAMR-OMOA",
                        "Anteproyecto aprobado",
                        "PRELIMINARY_PROJECT_APPROVED",
                        "2026-10-31",
                        "2026-11-20",
                        null,
                        "Revisión estructural pendiente",
                        2
                    },
                    {
                        "CANFM-BELEN",
                        "Evaluación de la casa Belén",
                        "EVALUATION_COMPLETED",
                        "2026-06-30",
                        null,
                        "2026-06-30",
                        null,
                        1
                    },
                    {
                        "CANFM-BELEN",
                        "Convenio tripartito DINAF, OIM y alcaldía",
                        "AGREEMENT_SIGNED",
                        "2026-09-30",
                        "2026-09-15",
                        null,
                        null,
                        1
                    },
                    {
                        "CANFM-BELEN",
                        "Muro perimetral, caseta de vigilancia y portón vehicular de la casa Belén"
                                + " reconstruidos según el informe de daños de la tormenta tropical de noviembre y la visita"
                                + " conjunta de DINAF, OIM y la alcaldía.",
                        "CUSTOM",
                        null,
                        null,
                        null,
                        null,
                        0
                    },
                    {
                        "CAM-AGUA-CALIENTE",
                        "Evaluación de infraestructura",
                        "EVALUATION_COMPLETED",
                        null,
                        null,
                        null,
                        null,
                        0
                    },
                });

        List<Map<String, Object>> rebaselines = new ArrayList<>();
        for (Map<String, Object> milestone : milestones) {
            rows("/api/milestones/" + milestone.get("id") + "/rebaselines")
                    .forEach(
                            rebaseline -> {
                                rebaseline.put("milestone", milestone.get("name"));
                                rebaselines.add(rebaseline);
                            });
        }
        assertTable(
                rebaselines,
                new String[] {"milestone", "previousDate", "newDate", "reason", "recordedAt"},
                new Object[][] {
                    {
                        "Obras terminadas",
                        "2026-11-30",
                        "2026-12-15",
                        "Cambio de alcance: cisterna adicional aprobada por SRECI",
                        at("2026-12-14T16:45:30.5-06:00")
                    },
                });
    }

    /**
     * Records from the first release change with the version they had; new ones are added beside
     * them.
     */
    @Test
    @Order(5)
    void takesNewWrites() throws SQLException {
        clock.setToday(LocalDate.of(2027, 1, 15)); // the actual date below is not after "today"
        long id =
                rows("/api/centers/CAMR-OMOA/milestones").stream()
                        .filter(m -> "Anteproyecto aprobado".equals(m.get("name")))
                        .mapToLong(m -> ((Number) m.get("id")).longValue())
                        .findFirst()
                        .orElseThrow();
        given().contentType(ContentType.JSON)
                .body(Map.of("version", 1, "actualDate", "2026-12-02"))
                .patch("/api/milestones/{id}", id)
                .then()
                .statusCode(409);
        given().contentType(ContentType.JSON)
                .body(Map.of("version", 2, "actualDate", "2026-12-02"))
                .patch("/api/milestones/{id}", id)
                .then()
                .statusCode(200)
                .body("actualDate", equalTo("2026-12-02"))
                .body("note", equalTo("Revisión estructural pendiente"))
                .body("status", equalTo("COMPLETED"))
                .body("version", equalTo(3));
        given().contentType(ContentType.JSON)
                .body(
                        Map.of(
                                "kind",
                                "CUSTOM",
                                "name",
                                "Cisterna de 20 m³ instalada",
                                "baselineDate",
                                "2027-04-30"))
                .post("/api/centers/CAMR-OMOA/milestones")
                .then()
                .statusCode(201);
        given().get("/api/centers/CAMR-OMOA/milestones").then().body("$", hasSize(4));

        given().contentType(ContentType.JSON)
                .body(Map.of("version", 0, "capacity", 40))
                .patch("/api/centers/CAM-AGUA-CALIENTE")
                .then()
                .statusCode(200)
                .body("capacity", equalTo(40))
                .body("version", equalTo(1));

        given().get("/api/centers/CAMR-OMOA/history")
                .then()
                .statusCode(200)
                .header("X-Total-Count", "2")
                .body("record", equalTo(List.of("Milestone", "Milestone")));
        assertEquals(
                Map.of("CAM-AGUA-CALIENTE", 1L, "CAMR-OMOA", 2L, "CAMR-SPS", 0L, "CANFM-BELEN", 0L),
                dataVersions());
    }

    /** The JSON array at {@code path}, its decimals as read (not rounded to floats). */
    private static List<Map<String, Object>> rows(String path) {
        return given().get(path)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath(
                        JsonPathConfig.jsonPathConfig()
                                .numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL))
                .getList("$");
    }

    /**
     * The rows hold, in any order, exactly the expected values in the given fields; other fields
     * are not compared.
     */
    private static void assertTable(
            List<Map<String, Object>> actual, String[] columns, Object[][] expected) {
        List<Map<String, Object>> missing = new ArrayList<>();
        for (Object[] values : expected) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (int i = 0; i < columns.length; i++) {
                row.put(columns[i], normal(values[i]));
            }
            missing.add(row);
        }
        List<Map<String, Object>> unexpected = new ArrayList<>();
        for (Map<String, Object> values : actual) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (String column : columns) {
                assertTrue(values.containsKey(column), column + " missing from " + values);
                row.put(column, normal(values.get(column)));
            }
            if (!missing.remove(row)) {
                unexpected.add(row);
            }
        }
        assertTrue(
                missing.isEmpty() && unexpected.isEmpty(),
                "Expected but not found: " + missing + "\nFound instead: " + unexpected);
    }

    /** Numbers by value (15.5042 is 15.504213), timestamps as instants, the rest as they are. */
    private static Object normal(Object value) {
        if (value instanceof Number
                || value instanceof String text && text.matches("-?\\d+\\.\\d+")) {
            return new BigDecimal(value.toString()).stripTrailingZeros().toPlainString();
        }
        if (value instanceof String text && text.matches("\\d{4}-\\d\\d-\\d\\dT.*")) {
            return Instant.parse(text);
        }
        return value;
    }

    private static Instant at(String timestamp) {
        return OffsetDateTime.parse(timestamp).toInstant();
    }

    /** Each center's data_version, a column that V16 added and the API does not show. */
    private Map<String, Long> dataVersions() throws SQLException {
        Map<String, Long> versions = new TreeMap<>();
        try (Connection connection = dataSource.getConnection();
                Statement sql = connection.createStatement();
                ResultSet rows = sql.executeQuery("select code, data_version from center")) {
            while (rows.next()) {
                versions.put(rows.getString(1), rows.getLong(2));
            }
        }
        return versions;
    }
}
