package org.rehabtrack.sampledata;

import java.util.Optional;

/**
 * Whether this build holds the synthetic portfolio generator, and what start-up says when {@code
 * REHABTRACK_SYNTHETIC} asks for a portfolio without it. The generator ({@code src/synthetic/java})
 * is compiled into the application by the benchmark build alone (docs/benchmarks.md); the product's
 * jar holds none of it, so it loads nothing, neither the portfolio nor the sample data, and warns.
 */
final class SyntheticGenerator {

    /** The generator's start-up, which loads the portfolio where the generator is built in. */
    static final String STARTUP = "org.rehabtrack.synthetic.SyntheticStartup";

    /** The command that builds the application with the generator, as docs/benchmarks.md has it. */
    static final String BENCHMARK_BUILD = "mvn -Pbenchmarks -Dmaven.test.skip=true package";

    private SyntheticGenerator() {}

    /** Whether the application running holds the generator. */
    static boolean inThisBuild() {
        return inBuild(SyntheticGenerator.class.getClassLoader());
    }

    /** Whether the classes this loader reaches hold the generator. */
    static boolean inBuild(ClassLoader classes) {
        try {
            Class.forName(STARTUP, false, classes);
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /**
     * The warning to log at start-up when a synthetic portfolio of {@code size} is configured but
     * the generator is not in the build; none when it is (it loads the portfolio).
     */
    static Optional<String> missing(String size, boolean generatorInBuild) {
        if (generatorInBuild) {
            return Optional.empty();
        }
        return Optional.of(
                "REHABTRACK_SYNTHETIC is "
                        + size
                        + ", but nothing is loaded: the synthetic portfolio is only in a benchmark"
                        + " build, and this is the product's build, without its generator (the"
                        + " sample data is not loaded either). Build a benchmark build with: "
                        + BENCHMARK_BUILD);
    }
}
