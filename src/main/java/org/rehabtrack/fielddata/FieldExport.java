package org.rehabtrack.fielddata;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.rehabtrack.system.Refusal;
import org.rehabtrack.system.Refusal.Reason;

/**
 * What a field tool exported, as uploaded: the submissions read from KoboToolbox's XLSX, from ODK
 * Central's zip of CSV files and media, or from Central's CSV files given one by one; and the media
 * files, from that zip or from a zip of their own (KoboToolbox's attachments). A file that is none
 * of these answers 415; a zip entry larger than allowed, 413. Closing removes the media written
 * out.
 */
final class FieldExport implements AutoCloseable {

    /** Most entries a zip may hold: a zip of more is refused rather than read. */
    static final int MAX_ENTRIES = 20_000;

    /** Largest CSV a zip may hold, inflated. */
    static final long MAX_CSV_BYTES = 64L * 1024 * 1024;

    private static final byte[] ZIP = {'P', 'K', 3, 4};

    private final List<Submission> submissions;
    private final MediaFiles media;

    private FieldExport(List<Submission> submissions, MediaFiles media) {
        this.submissions = submissions;
        this.media = media;
    }

    List<Submission> submissions() {
        return submissions;
    }

    MediaFiles media() {
        return media;
    }

    /**
     * Reads the export: {@code file} the submissions (XLSX, zip or CSV), {@code findings} the
     * findings' CSV when {@code file} is Central's main CSV alone, {@code mediaZip} the media; the
     * last two may be null. A media file larger than {@code maxPhotoBytes} is cut just past it, so
     * that the photo checks refuse it as too large.
     */
    static FieldExport read(Path file, Path findings, Path mediaZip, long maxPhotoBytes) {
        MediaFiles media = new MediaFiles();
        boolean read = false;
        try {
            List<Submission> submissions;
            if (isZip(file)) {
                submissions = readZip(file, media, maxPhotoBytes);
            } else {
                submissions = readCsv(file, findings);
            }
            if (mediaZip != null) {
                if (!isZip(mediaZip)) {
                    throw Refusal.refused(Reason.UNSUPPORTED_MEDIA_TYPE, "import.mediaNotZip");
                }
                try (ZipFile zip = new ZipFile(mediaZip.toFile(), StandardCharsets.UTF_8)) {
                    for (ZipEntry entry : entries(zip)) {
                        if (!entry.isDirectory()) {
                            media.add(entry.getName(), copy(zip, entry, maxPhotoBytes + 1, false));
                        }
                    }
                }
            }
            read = true;
            return new FieldExport(submissions, media);
        } catch (ZipException e) {
            throw Refusal.refused(Reason.UNSUPPORTED_MEDIA_TYPE, "import.unreadable");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (!read) {
                media.close();
            }
        }
    }

    /** KoboToolbox's XLSX, or Central's zip of CSV files (its media under {@code media/}). */
    private static List<Submission> readZip(Path file, MediaFiles media, long maxPhotoBytes)
            throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
            if (zip.getEntry("xl/workbook.xml") != null) {
                try (InputStream in = Files.newInputStream(file)) {
                    return KoboWorkbook.read(in);
                } catch (Refusal e) {
                    throw e;
                } catch (RuntimeException | IOException e) {
                    throw Refusal.refused(Reason.UNSUPPORTED_MEDIA_TYPE, "import.unreadable");
                }
            }
            Path main = null;
            Path findings = null;
            List<Path> written = new ArrayList<>();
            try {
                for (ZipEntry entry : entries(zip)) {
                    if (entry.isDirectory()) {
                        continue;
                    }
                    String name = entry.getName();
                    if (name.startsWith("media/")) {
                        media.add(name, copy(zip, entry, maxPhotoBytes + 1, false));
                    } else if (name.endsWith(".csv") && !name.contains("/")) {
                        Path csv = copy(zip, entry, MAX_CSV_BYTES, true);
                        written.add(csv);
                        List<String> header = header(csv);
                        if (CentralCsv.isRepeat(header)) {
                            if (name.endsWith("-" + EvaluationForm.FINDINGS + ".csv")) {
                                findings = csv;
                            }
                        } else if (header.contains("KEY")) {
                            main = csv;
                        }
                    }
                }
                if (main == null) {
                    throw Refusal.refused(Reason.UNSUPPORTED_MEDIA_TYPE, "import.noSubmissions");
                }
                return readCsv(main, findings);
            } finally {
                for (Path csv : written) {
                    Files.deleteIfExists(csv);
                }
            }
        }
    }

    private static List<Submission> readCsv(Path main, Path findings) throws IOException {
        if (!looksLikeText(main)) {
            throw Refusal.refused(Reason.UNSUPPORTED_MEDIA_TYPE, "import.unreadable");
        }
        if (!header(main).contains("KEY")) {
            // Central gives every submission its KEY: a CSV without is no Central export
            throw Refusal.refused(Reason.UNSUPPORTED_MEDIA_TYPE, "import.unreadable");
        }
        try (BufferedReader submissions = reader(main);
                BufferedReader repeat = findings == null ? null : reader(findings)) {
            return CentralCsv.read(submissions, repeat);
        } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            // commons-csv's words for a header repeated or a quote left open
            throw Refusal.refused(Reason.UNSUPPORTED_MEDIA_TYPE, "import.unreadable");
        }
    }

    private static List<String> header(Path csv) throws IOException {
        try (BufferedReader in = reader(csv)) {
            return CentralCsv.header(in);
        } catch (IllegalArgumentException e) {
            throw Refusal.refused(Reason.UNSUPPORTED_MEDIA_TYPE, "import.unreadable");
        }
    }

    /** A UTF-8 reader that skips a byte-order mark, which a spreadsheet may add on saving. */
    private static BufferedReader reader(Path csv) throws IOException {
        BufferedReader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
        in.mark(1);
        if (in.read() != '\uFEFF') {
            in.reset();
        }
        return in;
    }

    private static List<ZipEntry> entries(ZipFile zip) {
        if (zip.size() > MAX_ENTRIES) {
            throw Refusal.refused(Reason.TOO_LARGE, "import.tooManyEntries", MAX_ENTRIES);
        }
        List<ZipEntry> entries = new ArrayList<>();
        Enumeration<? extends ZipEntry> all = zip.entries();
        while (all.hasMoreElements()) {
            entries.add(all.nextElement());
        }
        return entries;
    }

    /**
     * Writes a zip entry out to a temporary file, at most {@code limit} bytes of it: past that a
     * CSV is refused (413) and a photo is cut.
     */
    private static Path copy(ZipFile zip, ZipEntry entry, long limit, boolean refuseLarger)
            throws IOException {
        Path file = Files.createTempFile("rehabtrack-import-", ".part");
        try (InputStream in = zip.getInputStream(entry);
                OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            long copied = 0;
            int read;
            while ((read = in.read(buffer)) > 0) {
                int kept = (int) Math.min(read, limit - copied);
                out.write(buffer, 0, kept);
                copied += kept;
                if (copied >= limit) {
                    if (refuseLarger && (kept < read || in.read() >= 0)) {
                        throw Refusal.refused(
                                Reason.TOO_LARGE, "import.entryTooLarge", entry.getName(), limit);
                    }
                    break;
                }
            }
            return file;
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
    }

    private static boolean isZip(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] start = in.readNBytes(4);
            return java.util.Arrays.equals(start, ZIP);
        }
    }

    /** Whether the file starts as text: no NUL byte among its first bytes. */
    private static boolean looksLikeText(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            for (byte b : in.readNBytes(4096)) {
                if (b == 0) {
                    return false;
                }
            }
            return true;
        }
    }

    @Override
    public void close() {
        media.close();
    }
}
