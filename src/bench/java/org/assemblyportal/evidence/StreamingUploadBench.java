package org.assemblyportal.evidence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;

/**
 * Streams one large file through {@link BlobStore#storeExpecting} (hash while streaming, temporary
 * file, fsync, hard link under the hash) into a fresh store per run, and reports MB/s and the peak
 * heap. Run by {@code src/bench/media-upload.sh} in a JVM with a small heap ({@code -Xmx256m}).
 * Usage: {@code StreamingUploadBench <file> <expected sha256> <scratch dir> [runs]}.
 */
public final class StreamingUploadBench {

    private StreamingUploadBench() {
    }

    public static void main(String[] args) throws IOException {
        var file = Path.of(args[0]);
        var expected = args[1];
        var scratch = Path.of(args[2]);
        var runs = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        var size = Files.size(file);
        var policy = new UploadPolicy(Math.max(size, 1), UploadPolicy.OBSERVATION_MEDIA.allowed());
        var heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        var results = new double[runs];
        for (int run = 0; run < runs; run++) {
            var root = Files.createTempDirectory(scratch, "bench-store-");
            System.gc();
            var heapBefore = usedHeap();
            heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
            var start = System.nanoTime();
            StoredBlob blob;
            try (var in = Files.newInputStream(file)) {
                blob = new BlobStore(root).storeExpecting(in, expected, size, file.getFileName().toString(), policy);
            }
            var seconds = (System.nanoTime() - start) / 1e9;
            var peak = heapPools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            results[run] = size / 1e6 / seconds;
            System.out.printf("run %d: %.2f s, %.0f MB/s, heap before %.1f MB, peak during %.1f MB (pools summed), %s%n",
                    run + 1, seconds, results[run], heapBefore / 1e6, peak / 1e6,
                    blob.sha256().equals(expected) ? "hash matches" : "HASH DIFFERS");
            deleteTree(root);
        }
        Arrays.sort(results);
        System.out.printf("storeExpecting median of %d: %.0f MB/s (min %.0f, max %.0f); max heap %d MB%n", runs,
                results[runs / 2], results[0], results[runs - 1], Runtime.getRuntime().maxMemory() / (1024 * 1024));
    }

    private static long usedHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void deleteTree(Path root) throws IOException {
        try (var walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    p.toFile().setWritable(true);
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
