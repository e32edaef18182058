package org.assemblyportal.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assemblyportal.evidence.LedgerFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Throughput of the writer over large originals, for comparison with {@code openssl dgst -sha256}
 * plus {@code zip -0} over the same files (decision 017). Runs only when asked, with files given:
 * {@code ./mvnw -o -q test -Dtest=CaseFileThroughputCheck -Dcasefile.bench=/tmp/a.bin,/tmp/b.bin}
 */
@EnabledIfSystemProperty(named = "casefile.bench", matches = ".+")
class CaseFileThroughputCheck {

    @Test
    void large_originals_are_written_at_disk_and_hash_speed() throws Exception {
        SyntheticCase sample = new SyntheticCase();
        List<OriginalFile> originals = new ArrayList<>(sample.content().originals());
        long bytes = 0;
        for (String name : System.getProperty("casefile.bench").split(",")) {
            Path path = Path.of(name);
            LedgerFile file = new LedgerFile(sha256(path), Files.size(path), "application/octet-stream",
                    path.getFileName().toString());
            sample.append("media.added", "observation/" + path.getFileName(),
                    Map.of("files", List.of(SyntheticCase.json(file)), "v", 1));
            originals.add(new OriginalFile(file, ByteSource.of(path)));
            bytes += file.size();
        }
        Path target = Path.of("target/bench-case-file.zip");
        long start = System.nanoTime();
        new CaseFileWriter().write(sample.content(originals), target, ProgressListener.NONE, () -> false);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("case file: %d MiB in %.2f s = %.0f MB/s%n", bytes >> 20, seconds, bytes / seconds / 1e6);
        Files.delete(target);
        assertThat(seconds).isPositive();
    }

    private static String sha256(Path path) throws Exception {
        var digest = java.security.MessageDigest.getInstance("SHA-256");
        try (var in = Files.newInputStream(path)) {
            byte[] buffer = new byte[1 << 20];
            int n;
            while ((n = in.read(buffer)) != -1) {
                digest.update(buffer, 0, n);
            }
        }
        return java.util.HexFormat.of().formatHex(digest.digest());
    }
}
