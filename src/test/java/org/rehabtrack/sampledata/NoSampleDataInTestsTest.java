package org.rehabtrack.sampledata;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Tests stand alone (issue 22): they build the records they need through the fixtures of
 * org.rehabtrack.system (TestCenters, TestPortfolio...), so editing sample-data/ cannot break them.
 * This test reads the sample's center codes, grant codes and partner acronyms from sample-data/
 * itself and fails, naming file and line, when a test outside the few whose subject is the sample
 * data names one of them.
 */
class NoSampleDataInTestsTest {

    private static final Path SAMPLE = Path.of("sample-data");
    private static final Path TESTS = Path.of("src", "test", "java");

    /** The files that may name sample records, each with the reason. */
    private static final Map<String, String> ALLOWED =
            Map.of(
                    "org/rehabtrack/sampledata/SampleDataLoaderTest.java",
                    "its subject is the sample data as loaded",
                    "org/rehabtrack/sampledata/SampleFilesTest.java",
                    "its subject is the sample files as read",
                    "org/rehabtrack/system/PackagedApplicationIT.java",
                    "its subject is the packaged demo serving the sample data",
                    "org/rehabtrack/reliability/FirstReleaseUpgradeTest.java",
                    "its records come from its own first-release database fixture");

    /** The first column of each data line of a sample CSV file. */
    private static List<String> firstColumn(String file) throws IOException {
        List<String> values = new ArrayList<>();
        List<String> lines = Files.readAllLines(SAMPLE.resolve(file));
        boolean header = true;
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            values.add(line.substring(0, line.indexOf(',')));
        }
        return values;
    }

    /** What a test may not name: the sample's centers, grants and partners. */
    private static List<Pattern> sampleNames() throws IOException {
        Set<String> codes = new LinkedHashSet<>(firstColumn("centers.csv"));
        Matcher grant =
                Pattern.compile("\"code\"\\s*:\\s*\"([^\"]+)\"")
                        .matcher(Files.readString(SAMPLE.resolve("funding-sources.json")));
        while (grant.find()) {
            codes.add(grant.group(1));
        }
        List<Pattern> names = new ArrayList<>();
        for (String code : codes) {
            // A code anywhere, in a literal, a path or a comment.
            names.add(Pattern.compile("(?<![A-Z0-9-])" + Pattern.quote(code) + "(?![A-Z0-9-])"));
        }
        for (String acronym : firstColumn("partners.csv")) {
            // An acronym as a string literal of its own: short ones (UE, IOM) are common words.
            names.add(Pattern.compile("[\"']" + Pattern.quote(acronym) + "[\"']"));
        }
        assertTrue(names.size() > 10, "the sample's names: " + names);
        return names;
    }

    @Test
    void noTestButThoseAboutTheSampleNamesItsRecords() throws IOException {
        List<Pattern> names = sampleNames();
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TESTS)) {
            files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !ALLOWED.containsKey(slashed(TESTS.relativize(f))))
                    .forEach(f -> scan(f, names, found));
        }
        assertTrue(
                found.isEmpty(),
                "Tests naming the sample data's records; build them through the fixtures of"
                        + " org.rehabtrack.system instead:\n"
                        + String.join("\n", found));
    }

    private static String slashed(Path path) {
        return path.toString().replace('\\', '/');
    }

    private static void scan(Path file, List<Pattern> names, List<String> found) {
        try {
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                for (Pattern name : names) {
                    Matcher m = name.matcher(lines.get(i));
                    if (m.find()) {
                        found.add(file + ":" + (i + 1) + ": " + m.group());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
