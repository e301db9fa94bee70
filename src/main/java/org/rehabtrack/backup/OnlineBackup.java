package org.rehabtrack.backup;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.rehabtrack.finding.PhotoStorage;
import org.rehabtrack.report.archive.ArchiveStorage;
import org.rehabtrack.report.archive.IssuedReportRepository;
import org.rehabtrack.system.Refusal;
import org.rehabtrack.system.Refusal.Reason;
import org.rehabtrack.system.RehabtrackConfig;

/**
 * A backup of the embedded H2 database, with the photos and the archived workbooks, taken while the
 * service runs: H2's {@code SCRIPT TO} writes the whole database (schema, every row, the migration
 * history) as SQL in one consistent read, then the files of the photos and of the archived
 * workbooks the database knows are added ({@code photos/}, {@code reports/}), into one zip under
 * {@code <data-dir>/backups}; a file no record names (an orphan) is left out. {@code
 * scripts/restore-h2.sh} rebuilds a database from it. The photo names are read after the database,
 * so every photo and workbook the copy knows has its file. Only the newest backups are kept ({@code
 * rehabtrack.backup.keep}). PostgreSQL is backed up with {@code pg_dump} ({@code
 * scripts/backup-postgresql.sh}), not here.
 */
@ApplicationScoped
public class OnlineBackup {

    private static final Logger LOG = Logger.getLogger(OnlineBackup.class);

    /**
     * What a backup wrote: the zip's name in the data folder's {@code backups} (never the server's
     * path), its size, the photo files in it, and how many older backups were removed.
     */
    public record Written(String file, long size, int photos, int reports, int removed) {}

    /** The names of the files a backup takes: the photos' and the archived workbooks'. */
    private record Known(Set<String> photos, Set<String> reports) {}

    private static final String PREFIX = "rehabtrack-";
    private static final String SUFFIX = ".zip";
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);

    private final EntityManager em;
    private final PhotoStorage photos;
    private final ArchiveStorage archive;
    private final IssuedReportRepository issuedReports;
    private final Path folder;
    private final int keep;
    private final String databaseKind;
    private final Clock clock;

    OnlineBackup(
            EntityManager em,
            PhotoStorage photos,
            ArchiveStorage archive,
            IssuedReportRepository issuedReports,
            RehabtrackConfig config,
            Clock clock,
            @ConfigProperty(name = "quarkus.datasource.db-kind") String databaseKind) {
        this.em = em;
        this.photos = photos;
        this.archive = archive;
        this.issuedReports = issuedReports;
        this.folder = Path.of(config.dataDir(), "backups").toAbsolutePath().normalize();
        this.keep = config.backup().keep();
        this.databaseKind = databaseKind;
        this.clock = clock;
    }

    public Written write() {
        if (!"h2".equals(databaseKind)) {
            throw Refusal.refused(Reason.NOT_ON_THIS_DATABASE, "backup.notH2");
        }
        try {
            Files.createDirectories(folder);
            String name = PREFIX + STAMP.format(clock.instant());
            Path database = folder.resolve(name + ".sql");
            Known known = backUpDatabase(database);
            Path target = folder.resolve(name + SUFFIX);
            int photoCount;
            int reportCount;
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(target))) {
                zip.putNextEntry(new ZipEntry("database/rehabtrack.sql"));
                Files.copy(database, zip);
                zip.closeEntry();
                photoCount = addFiles(zip, photos.folder(), "photos/", known.photos());
                reportCount = addFiles(zip, archive.folder(), "reports/", known.reports());
            } finally {
                Files.deleteIfExists(database);
            }
            return new Written(
                    target.getFileName().toString(),
                    Files.size(target),
                    photoCount,
                    reportCount,
                    removeOldBackups());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write a backup in " + folder, e);
        }
    }

    /**
     * Writes the database as SQL, then reads the names of the photo, thumbnail and archived
     * workbook files it knows.
     */
    private Known backUpDatabase(Path file) {
        return QuarkusTransaction.requiringNew()
                .call(
                        () -> {
                            em.createNativeQuery(
                                            "SCRIPT TO '"
                                                    + file.toString().replace("'", "''")
                                                    + "' CHARSET 'UTF-8'")
                                    .getResultList();
                            Set<String> names =
                                    new TreeSet<>(
                                            em.createQuery(
                                                            "select p.storageName from Photo p",
                                                            String.class)
                                                    .getResultList());
                            names.addAll(
                                    em.createQuery(
                                                    "select p.thumbnailName from Photo p where p.thumbnailName is not null",
                                                    String.class)
                                            .getResultList());
                            Set<String> reports = new TreeSet<>(issuedReports.storageNames());
                            return new Known(names, reports);
                        });
    }

    private static int addFiles(ZipOutputStream zip, Path source, String prefix, Set<String> known)
            throws IOException {
        if (!Files.isDirectory(source)) {
            return 0;
        }
        List<Path> files;
        try (Stream<Path> listed = Files.list(source)) {
            files =
                    listed.filter(Files::isRegularFile)
                            .filter(f -> known.contains(f.getFileName().toString()))
                            .sorted()
                            .toList();
        }
        for (Path file : files) {
            zip.putNextEntry(new ZipEntry(prefix + file.getFileName()));
            try (InputStream in = Files.newInputStream(file)) {
                in.transferTo(zip);
            }
            zip.closeEntry();
        }
        return files.size();
    }

    /** Removes the oldest backups beyond the count kept; their names sort as their times do. */
    private int removeOldBackups() throws IOException {
        List<Path> backups;
        try (Stream<Path> listed = Files.list(folder)) {
            backups =
                    listed.filter(Files::isRegularFile)
                            .filter(
                                    f ->
                                            f.getFileName().toString().startsWith(PREFIX)
                                                    && f.getFileName().toString().endsWith(SUFFIX))
                            .sorted()
                            .toList();
        }
        List<Path> old = backups.subList(0, Math.max(0, backups.size() - keep));
        for (Path file : old) {
            Files.deleteIfExists(file);
            LOG.infof("Removed the old backup %s (%d kept)", file.getFileName(), keep);
        }
        return old.size();
    }
}
