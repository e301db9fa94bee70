package org.rehabtrack.fielddata;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * The sample exports of sample-data/field-exports (KoboToolbox's XLSX and attachments zip, ODK
 * Central's zip), made to the exact shape those tools give, moved to a center of a test's own: its
 * code stands for the sample's center, and each submission gets a fresh instance id (the same in a
 * workbook and in its attachments), so that every test imports submissions never seen before.
 * Everything else is byte for byte the sample's.
 */
public final class SampleExports {

    static final Path FOLDER = Path.of("sample-data", "field-exports");
    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final String sampleCenter;
    private final String center;
    private final Map<String, String> ids = new HashMap<>();

    /** For a center of the test's own; the sample's center is read from the samples themselves. */
    public SampleExports(String center) {
        this.center = center;
        this.sampleCenter = sampleCenter();
    }

    /** KoboToolbox's XLSX export with the API's defaults, or with the Downloads page's options. */
    public byte[] kobo(boolean downloadsPageOptions) {
        return rewritten(file("kobo", downloadsPageOptions ? "-xml-groups.xlsx" : "-xml.xlsx"));
    }

    /** KoboToolbox's "Media Attachments (ZIP)". */
    public byte[] koboAttachments() {
        return rewritten(file("kobo", "attachments.zip"));
    }

    /** ODK Central's "Download all submissions" zip, with its media. */
    public byte[] central() {
        return rewritten(file("odk-central", ".zip"));
    }

    /** The fresh instance id that stands for a sample's ({@code uuid:...}). */
    String instanceId(String sample) {
        return "uuid:" + fresh(sample.replaceFirst("^uuid:", ""));
    }

    /** The sample submissions' instance ids, as the README lists them, from Central's CSV. */
    static List<String> sampleInstanceIds() {
        String csv =
                new String(
                        entry(file("odk-central", ".zip"), "rehabtrack_evaluation.csv"),
                        StandardCharsets.UTF_8);
        return csv.lines()
                .skip(1)
                .map(line -> UUID_TEXT.matcher(line))
                .filter(Matcher::find)
                .map(m -> "uuid:" + m.group())
                .sorted()
                .toList();
    }

    private static Path file(String folder, String ending) {
        try (Stream<Path> files = Files.list(FOLDER.resolve(folder))) {
            return files.filter(f -> f.getFileName().toString().endsWith(ending))
                    .filter(
                            f ->
                                    !ending.equals("-xml.xlsx")
                                            || !f.toString().endsWith("-groups.xlsx"))
                    .findFirst()
                    .orElseThrow(
                            () -> new IllegalStateException("No sample export ending " + ending));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The center the samples are of: the first answer of Central's main CSV's center column. */
    private static String sampleCenter() {
        String csv =
                new String(
                        entry(file("odk-central", ".zip"), "rehabtrack_evaluation.csv"),
                        StandardCharsets.UTF_8);
        List<String> header = List.of(csv.lines().findFirst().orElseThrow().split(","));
        String first = csv.lines().skip(1).findFirst().orElseThrow();
        return first.split(",")[header.indexOf("center")];
    }

    private static byte[] entry(Path zip, String name) {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            try (InputStream in = file.getInputStream(file.getEntry(name))) {
                return in.readAllBytes();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The zip (an XLSX is one) with the center's code and every instance id replaced, in the
     * entries' texts and in their names; each entry stored as it was (method and all).
     */
    private byte[] rewritten(Path zip) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipFile in = new ZipFile(zip.toFile());
                ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry entry : java.util.Collections.list(in.entries())) {
                byte[] content;
                try (InputStream stream = in.getInputStream(entry)) {
                    content = stream.readAllBytes();
                }
                String name = entry.getName();
                if (name.endsWith(".xml") || name.endsWith(".csv") || name.endsWith(".rels")) {
                    content =
                            replaced(new String(content, StandardCharsets.UTF_8))
                                    .getBytes(StandardCharsets.UTF_8);
                }
                ZipEntry copy = new ZipEntry(replaced(name));
                if (entry.getMethod() == ZipEntry.STORED) {
                    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
                    crc.update(content);
                    copy.setMethod(ZipEntry.STORED);
                    copy.setSize(content.length);
                    copy.setCompressedSize(content.length);
                    copy.setCrc(crc.getValue());
                }
                out.putNextEntry(copy);
                out.write(content);
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private String replaced(String text) {
        Matcher m = UUID_TEXT.matcher(text.replace(sampleCenter, center));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, fresh(m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String fresh(String sample) {
        return ids.computeIfAbsent(sample, s -> UUID.randomUUID().toString());
    }
}
