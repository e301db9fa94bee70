package org.rehabtrack.sampledata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rehabtrack.synthetic.SyntheticStartup;

/**
 * The product's jar started with REHABTRACK_SYNTHETIC set warns that the synthetic portfolio is
 * only in a benchmark build, and how to build one; a build with the generator loads it and says
 * nothing of the kind. The tests hold the generator (the normal build compiles it with them).
 */
class SyntheticGeneratorTest {

    @Test
    void itLooksForTheGeneratorsOwnStartUp() {
        assertEquals(SyntheticStartup.class.getName(), SyntheticGenerator.STARTUP);
    }

    @Test
    void aBuildWithTheGeneratorHoldsIt() {
        assertTrue(SyntheticGenerator.inThisBuild(), "the tests are built with the generator");
        assertTrue(SyntheticGenerator.inBuild(SyntheticGeneratorTest.class.getClassLoader()));
    }

    @Test
    void aBuildWithoutTheGeneratorHasNone() {
        // The platform's classes alone, as the product's jar holds no class of the generator.
        ClassLoader withoutGenerator = new ClassLoader(null) {};
        assertFalse(SyntheticGenerator.inBuild(withoutGenerator));
    }

    @Test
    void withoutTheGeneratorStartUpWarnsAndNamesTheBenchmarkBuild() {
        Optional<String> warning = SyntheticGenerator.missing("L", false);
        assertTrue(warning.isPresent());
        assertEquals(
                "REHABTRACK_SYNTHETIC is L, but nothing is loaded: the synthetic portfolio is only"
                        + " in a benchmark build, and this is the product's build, without its"
                        + " generator (the sample data is not loaded either). Build a benchmark"
                        + " build with: mvn -Pbenchmarks -Dmaven.test.skip=true package",
                warning.get());
    }

    @Test
    void withTheGeneratorThereIsNothingToWarnOf() {
        assertEquals(Optional.empty(), SyntheticGenerator.missing("M", true));
    }

    @Test
    void theCommandIsTheOneTheBenchmarkDocumentGives() throws IOException {
        String doc = Files.readString(Path.of("docs", "benchmarks.md"));
        assertTrue(
                doc.contains("\n" + SyntheticGenerator.BENCHMARK_BUILD + "\n"),
                "docs/benchmarks.md builds with " + SyntheticGenerator.BENCHMARK_BUILD);
    }
}
