package org.rehabtrack.report.archive;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rehabtrack.system.TestCenters;
import org.rehabtrack.system.TestClock;

/** The archive keeps a workbook for the retention's years, then removes it and its file. */
@QuarkusTest
class ArchiveRetentionTest {

    @Inject TestClock clock;
    @Inject ArchiveRetention retention;
    @Inject ArchiveStorage storage;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    /** Issues a workbook of the center today (as the clock says): its archive entry. */
    private static JsonPath issue(String center) {
        given().queryParam("center", center)
                .get("/api/reports/findings.xlsx")
                .then()
                .statusCode(200);
        return given().queryParam("center", center)
                .get("/api/reports/archive")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @Test
    void aWorkbookOlderThanTheRetentionIsRemovedWithItsFileAndANewerOneStays() {
        String center = TestCenters.create();
        clock.setToday(LocalDate.now().minusYears(10).minusDays(2));
        String oldSha = issue(center).getString("[0].sha256");
        clock.setToday(LocalDate.now().minusYears(10).plusDays(2));
        issue(center);
        clock.reset();
        JsonPath before = issue(center);
        assertEquals(3, before.getList("$").size());
        long oldId = before.getLong("[2].id");
        assertEquals(oldSha, before.getString("[2].sha256"));
        long files = count();

        assertTrue(retention.removeExpired() >= 1);

        JsonPath after =
                given().queryParam("center", center).get("/api/reports/archive").jsonPath();
        assertEquals(2, after.getList("$").size(), "the two within ten years stay");
        assertFalse(after.getList("id").contains((int) oldId));
        given().get("/api/reports/archive/{id}/workbook", oldId).then().statusCode(404);
        assertTrue(count() < files, "its file is gone from the archive folder");
        assertEquals(0, retention.removeExpired(), "nothing more to remove");
    }

    private long count() {
        try (var listed = Files.list(storage.folder())) {
            return listed.count();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
