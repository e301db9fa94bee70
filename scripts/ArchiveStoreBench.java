import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * Times what the report archive adds to every download (docs/benchmarks.md, "The archive"): the
 * workbook copied into the archive folder while its SHA-256 is computed, then renamed there, as
 * ArchiveStorage.store does it:
 *
 *   head -c 82400000 /dev/urandom > l.bin    # the size of the budget workbook of L
 *   java scripts/ArchiveStoreBench.java l.bin /tmp/archive-bench 5
 */
public class ArchiveStoreBench {
    public static void main(String[] args) throws Exception {
        Path source = Path.of(args[0]);
        Path folder = Files.createDirectories(Path.of(args[1]));
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        for (int run = 0; run < runs; run++) {
            long start = System.nanoTime();
            Path part = Files.createTempFile(folder, ".incoming-", ".part");
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            long size;
            try (InputStream in = new DigestInputStream(Files.newInputStream(source), sha256);
                    OutputStream out = Files.newOutputStream(part)) {
                size = in.transferTo(out);
            }
            Path target = folder.resolve("run-" + run + ".xlsx");
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            String hex = HexFormat.of().formatHex(sha256.digest());
            System.out.printf(
                    "run %d: %,d bytes archived in %.3f s (sha256 %s…)%n",
                    run, size, (System.nanoTime() - start) / 1e9, hex.substring(0, 12));
            Files.delete(target);
        }
    }
}
