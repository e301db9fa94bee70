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
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.rehabtrack.finding.PhotoStorage;
import org.rehabtrack.system.RehabtrackConfig;
import org.rehabtrack.system.problem.ApiException;
import org.rehabtrack.system.problem.ProblemType;

/**
 * A backup of the embedded H2 database, with the photos, taken while the service runs: H2's
 * {@code SCRIPT TO} writes the whole database (schema, every row, the migration history) as SQL
 * in one consistent read, then the photo files are added, into one zip under
 * {@code <data-dir>/backups}. {@code scripts/restore-h2.sh} rebuilds a database from it. Photos are copied after the database, so
 * every photo the copy knows has its file. PostgreSQL is backed up with {@code pg_dump}
 * ({@code scripts/backup-postgresql.sh}), not here.
 */
@ApplicationScoped
public class OnlineBackup {

    /** What a backup wrote. */
    public record Written(String file, long size, int photos) {}

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")
            .withZone(ZoneOffset.UTC);

    private final EntityManager em;
    private final PhotoStorage photos;
    private final Path folder;
    private final String databaseKind;
    private final Clock clock;

    OnlineBackup(EntityManager em, PhotoStorage photos, RehabtrackConfig config, Clock clock,
            @ConfigProperty(name = "quarkus.datasource.db-kind") String databaseKind) {
        this.em = em;
        this.photos = photos;
        this.folder = Path.of(config.dataDir(), "backups").toAbsolutePath().normalize();
        this.databaseKind = databaseKind;
        this.clock = clock;
    }

    public Written write() {
        if (!"h2".equals(databaseKind)) {
            throw ApiException.refused(ProblemType.NOT_ON_THIS_DATABASE, "backup.notH2");
        }
        try {
            Files.createDirectories(folder);
            String name = "rehabtrack-" + STAMP.format(clock.instant());
            Path database = folder.resolve(name + ".sql");
            backUpDatabase(database);
            Path target = folder.resolve(name + ".zip");
            int count;
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(target))) {
                zip.putNextEntry(new ZipEntry("database/rehabtrack.sql"));
                Files.copy(database, zip);
                zip.closeEntry();
                count = addPhotos(zip);
            } finally {
                Files.deleteIfExists(database);
            }
            return new Written(target.toString(), Files.size(target), count);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write a backup in " + folder, e);
        }
    }

    private void backUpDatabase(Path file) {
        QuarkusTransaction.requiringNew().run(() -> em
                .createNativeQuery("SCRIPT TO '" + file.toString().replace("'", "''") + "' CHARSET 'UTF-8'")
                .getResultList());
    }

    private int addPhotos(ZipOutputStream zip) throws IOException {
        Path source = photos.folder();
        if (!Files.isDirectory(source)) {
            return 0;
        }
        List<Path> files;
        try (Stream<Path> listed = Files.list(source)) {
            files = listed.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().startsWith(".")).sorted().toList();
        }
        for (Path file : files) {
            zip.putNextEntry(new ZipEntry("photos/" + file.getFileName()));
            try (InputStream in = Files.newInputStream(file)) {
                in.transferTo(zip);
            }
            zip.closeEntry();
        }
        return files.size();
    }

}
