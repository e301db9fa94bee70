package org.rehabtrack.preliminary;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@QuarkusTest
class BoqWarmUpTest {

    @Inject BoqWarmUp warmUp;

    @Test
    void theTemplateIsWrittenAndReadBackAsAnUploadIs() {
        assertTrue(
                warmUp.run(), "the warm-up writes the template and reads it back without an error");
    }
}
