package org.rehabtrack.sampledata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rehabtrack.center.NewCenter;
import org.rehabtrack.center.Phase;

/** A person editing the sample files gets told which file, line and field is wrong. */
@QuarkusTest
class SampleFilesTest {

    @Inject Validator validator;

    @Test
    void readsTheShippedCentersIntoApiRequests() {
        List<NewCenter> centers = new SampleFiles(validator).read("centers.csv", NewCenter.class);
        assertEquals(
                List.of("CAMR-SPS", "CAMR-OMOA", "CANFM-BELEN"),
                centers.stream().map(c -> c.code).toList());
        assertEquals(Phase.WORKS, centers.get(0).phase);
    }

    @Test
    void namesTheFileLineAndFieldOfAnInvalidRow() {
        SampleDataException e =
                assertThrows(
                        SampleDataException.class,
                        () ->
                                new SampleFiles(validator)
                                        .read("test-broken-centers.csv", NewCenter.class));
        assertTrue(e.getMessage().contains("test-broken-centers.csv, line 3"), e.getMessage());
        assertTrue(e.getMessage().contains("capacity"), e.getMessage());
        assertTrue(e.getMessage().contains("name"), e.getMessage());
    }

    @Test
    void refusesAMisspeltColumn() {
        SampleDataException e =
                assertThrows(
                        SampleDataException.class,
                        () ->
                                new SampleFiles(validator)
                                        .read("test-misspelt-column.csv", NewCenter.class));
        assertTrue(e.getMessage().contains("nmae"), e.getMessage());
    }

    @Test
    void saysWhenAFileIsMissing() {
        SampleDataException e =
                assertThrows(
                        SampleDataException.class,
                        () -> new SampleFiles(validator).read("no-such-file.csv", NewCenter.class));
        assertTrue(e.getMessage().contains("no-such-file.csv"), e.getMessage());
    }
}
