package org.rehabtrack.fielddata;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the CSV files ODK Central exports: {@code <form>.csv} with a row per submission and {@code
 * <form>-findings.csv} with a row per finding, joined by {@code PARENT_KEY} to the submission's
 * {@code KEY} (its first instance id, kept through edits). Headers carry their groups joined by
 * {@code -} ({@code measurements-beds}); a geopoint comes as four columns ({@code gps-Latitude}).
 */
final class CentralCsv {

    private static final Set<String> POINT_PARTS =
            Set.of("Latitude", "Longitude", "Altitude", "Accuracy");

    private static final CSVFormat FORMAT =
            CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

    private CentralCsv() {}

    /** Whether a CSV's header is that of a repeat's file (it has {@code PARENT_KEY}). */
    static boolean isRepeat(List<String> header) {
        return header.contains("PARENT_KEY");
    }

    static List<String> header(Reader csv) throws IOException {
        try (CSVParser parser = FORMAT.parse(csv)) {
            return parser.getHeaderNames();
        }
    }

    static List<Submission> read(Reader main, Reader findings) throws IOException {
        Map<String, List<Map<String, String>>> byParent = new HashMap<>();
        if (findings != null) {
            for (Map<String, String> finding : rows(findings)) {
                byParent.computeIfAbsent(finding.get("PARENT_KEY"), p -> new ArrayList<>())
                        .add(finding);
            }
        }
        List<Submission> submissions = new ArrayList<>();
        List<Map<String, String>> rows = rows(main);
        for (int i = 0; i < rows.size(); i++) {
            Map<String, String> answers = rows.get(i);
            String key = answers.get("KEY");
            String instanceId = key != null ? key : answers.get("instanceID");
            submissions.add(
                    new Submission(
                            Submission.prefixed(instanceId),
                            i + 2,
                            answers,
                            byParent.getOrDefault(key, List.of())));
        }
        return submissions;
    }

    private static List<Map<String, String>> rows(Reader csv) throws IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        try (CSVParser parser = FORMAT.parse(csv)) {
            List<String> header = parser.getHeaderNames();
            for (CSVRecord record : parser) {
                Map<String, String> answers = new LinkedHashMap<>();
                for (int c = 0; c < header.size() && c < record.size(); c++) {
                    String value = record.get(c);
                    if (value != null && !value.isBlank()) {
                        answers.put(questionName(header.get(c)), value.strip());
                    }
                }
                rows.add(answers);
            }
        }
        return rows;
    }

    /**
     * The question a header names: {@code measurements-beds} is {@code beds}; a geopoint's part
     * {@code gps-Latitude} is {@code _gps_latitude}, as KoboToolbox names it.
     */
    static String questionName(String header) {
        String[] parts = header.strip().split("-");
        String last = parts[parts.length - 1];
        if (parts.length >= 2 && POINT_PARTS.contains(last)) {
            return "_" + parts[parts.length - 2] + "_" + last.toLowerCase(java.util.Locale.ROOT);
        }
        return last;
    }
}
