package org.assemblyportal.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The field API's raw uploads: the sender announces the SHA-256, the store checks it while streaming. */
class ExpectedHashUploadTest {

    /** One megabyte of video for the tests; the real policy allows 500. */
    static final UploadPolicy SMALL_MEDIA = new UploadPolicy(1024 * 1024, UploadPolicy.OBSERVATION_MEDIA.allowed());
    static final int ONE_MB = 1024 * 1024;

    @TempDir
    Path root;
    BlobStore store;

    @BeforeEach
    void aStore() {
        store = new BlobStore(root);
    }

    @Test
    void bytes_with_the_announced_hash_are_stored_under_it() throws IOException {
        var video = new GeneratedVideo(300_000);

        var blob = store.storeExpecting(video, GeneratedVideo.sha256(300_000), 300_000, "clip.mp4", SMALL_MEDIA);

        assertThat(blob.sha256()).isEqualTo(GeneratedVideo.sha256(300_000));
        assertThat(blob.size()).isEqualTo(300_000);
        assertThat(blob.mediaType()).isEqualTo("video/mp4");
        assertThat(store.verify(blob.sha256())).isTrue();
        assertThat(incoming()).isEmpty();
    }

    @Test
    void an_announced_hash_in_capitals_or_with_spaces_around_it_is_the_same_hash() {
        var blob = store.storeExpecting(in(SampleFiles.MOV), " " + sha256(SampleFiles.MOV).toUpperCase() + "\n",
                "clip.mov", SMALL_MEDIA);

        assertThat(blob.sha256()).isEqualTo(sha256(SampleFiles.MOV));
    }

    @Test
    void bytes_with_another_hash_are_refused_naming_both_hashes_and_nothing_is_kept() {
        var announced = sha256(SampleFiles.MP4);
        var changed = SampleFiles.MP4.clone();
        changed[changed.length - 1] ^= 1;

        assertThatThrownBy(() -> store.storeExpecting(in(changed), announced, "clip.mp4", SMALL_MEDIA))
                .isInstanceOfSatisfying(RejectedUploadException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("evidence.hash-mismatch");
                    assertThat(e.messageArguments()).containsExactly(announced, sha256(changed));
                });
        assertThat(allFiles()).isEmpty();
        assertThat(store.contains(sha256(changed))).isFalse();
    }

    @Test
    void a_stream_that_breaks_off_midway_leaves_no_file_and_no_temporary_file() {
        // Several buffers have reached the temporary file when the connection drops.
        var breaksOff = new GeneratedVideo(ONE_MB - 1).failingAfter(200_000);

        assertThatThrownBy(() -> store.storeExpecting(breaksOff, GeneratedVideo.sha256(ONE_MB - 1), ONE_MB - 1,
                "clip.mp4", SMALL_MEDIA))
                .isInstanceOfSatisfying(RejectedUploadException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("evidence.truncated");
                    assertThat((long) e.messageArguments()[0]).isBetween(200_000L - 64 * 1024, 200_000L);
                    assertThat(e.getCause()).isInstanceOf(IOException.class);
                });
        assertThat(allFiles()).isEmpty();
    }

    @Test
    void a_stream_that_ends_before_the_announced_length_is_refused_as_incomplete() {
        var shorter = new GeneratedVideo(200_000);

        assertThatThrownBy(() -> store.storeExpecting(shorter, GeneratedVideo.sha256(300_000), 300_000, "clip.mp4",
                SMALL_MEDIA))
                .isInstanceOfSatisfying(RejectedUploadException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("evidence.length-mismatch");
                    assertThat(e.messageArguments()).containsExactly(200_000L, 300_000L);
                });
        // Without an announced length the hash tells the same story.
        assertThatThrownBy(() -> store.storeExpecting(new GeneratedVideo(200_000), GeneratedVideo.sha256(300_000),
                "clip.mp4", SMALL_MEDIA))
                .isInstanceOfSatisfying(RejectedUploadException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("evidence.hash-mismatch"));
        assertThat(allFiles()).isEmpty();
    }

    @Test
    void the_same_bytes_uploaded_twice_are_stored_once() throws IOException {
        var first = store.storeExpecting(new GeneratedVideo(100_000), GeneratedVideo.sha256(100_000), "a.mp4", SMALL_MEDIA);
        var path = store.file(first.sha256());
        var inode = Files.getAttribute(path, "unix:ino");

        var second = store.storeExpecting(new GeneratedVideo(100_000), GeneratedVideo.sha256(100_000), "b.mp4", SMALL_MEDIA);

        assertThat(second.sha256()).isEqualTo(first.sha256());
        assertThat(allFiles()).containsExactly(path);
        assertThat(Files.getAttribute(path, "unix:ino")).isEqualTo(inode);
    }

    @Test
    void one_byte_over_the_limit_is_refused_after_reading_no_more_than_the_limit_and_a_buffer() {
        var overLimit = new GeneratedVideo(ONE_MB + 1);

        assertThatThrownBy(() -> store.storeExpecting(overLimit, GeneratedVideo.sha256(ONE_MB + 1), "big.mp4", SMALL_MEDIA))
                .isInstanceOfSatisfying(RejectedUploadException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("evidence.too-large");
                    assertThat(e.messageArguments()).containsExactly(1L);
                });
        assertThat(overLimit.served).isLessThanOrEqualTo(ONE_MB + 64 * 1024);
        assertThat(allFiles()).isEmpty();
        // Exactly at the limit is fine.
        assertThat(store.storeExpecting(new GeneratedVideo(ONE_MB), GeneratedVideo.sha256(ONE_MB), "max.mp4", SMALL_MEDIA)
                .size()).isEqualTo(ONE_MB);
    }

    @Test
    void an_announced_length_over_the_limit_is_refused_before_a_byte_is_read() {
        var announcedBig = new GeneratedVideo(ONE_MB + 1);

        assertThatThrownBy(() -> store.storeExpecting(announcedBig, GeneratedVideo.sha256(ONE_MB + 1), ONE_MB + 1,
                "big.mp4", SMALL_MEDIA))
                .isInstanceOfSatisfying(RejectedUploadException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("evidence.too-large"));
        assertThat(announcedBig.served).isZero();
        assertThat(allFiles()).isEmpty();
    }

    @Test
    void an_announced_hash_that_is_not_a_sha256_is_refused_before_a_byte_is_read() {
        var video = new GeneratedVideo(1000);

        for (var notAHash : new String[] {"../../etc/passwd", "abc", "z".repeat(64), null}) {
            assertThatThrownBy(() -> store.storeExpecting(video, notAHash, "clip.mp4", SMALL_MEDIA))
                    .isInstanceOfSatisfying(RejectedUploadException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("evidence.hash-invalid"));
        }
        assertThat(video.served).isZero();
        assertThat(allFiles()).isEmpty();
    }

    @Test
    void a_type_not_allowed_is_refused_after_its_first_bytes_not_at_its_end() {
        var executable = new GeneratedVideo(ONE_MB, SampleFiles.ELF);

        assertThatThrownBy(() -> store.storeExpecting(executable, GeneratedVideo.sha256(ONE_MB), "clip.mp4", SMALL_MEDIA))
                .isInstanceOfSatisfying(RejectedUploadException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("evidence.type-not-allowed"));
        // one read of the store's buffer at most, far from the 1 MB end
        assertThat(executable.served).isLessThanOrEqualTo(256 * 1024);
        assertThatThrownBy(() -> store.storeExpecting(in(SampleFiles.PDF), sha256(SampleFiles.PDF), "notes.pdf",
                UploadPolicy.OBSERVATION_MEDIA)).isInstanceOf(RejectedUploadException.class);
        assertThat(allFiles()).isEmpty();
    }

    @Test
    void the_plain_store_also_refuses_a_stream_that_breaks_off_and_keeps_nothing() {
        var breaksOff = new GeneratedVideo(500_000).failingAfter(70_000);

        assertThatThrownBy(() -> store.store(breaksOff, "clip.mp4", SMALL_MEDIA))
                .isInstanceOfSatisfying(RejectedUploadException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("evidence.truncated"));
        assertThat(allFiles()).isEmpty();
    }

    private List<Path> incoming() {
        try (var files = Files.list(root.resolve("incoming"))) {
            return files.toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<Path> allFiles() {
        try (var walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream in(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }

    static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * An MP4 of any length made up as it is read: the sample header, then a repeating byte pattern.
     * Nothing is allocated for its length, so a test can send more than it could hold in memory.
     * It counts what it served and can fail after a given number of bytes, like a dropped connection.
     */
    static final class GeneratedVideo extends InputStream {
        private final long length;
        private final byte[] head;
        private long failAfter = Long.MAX_VALUE;
        long served;

        GeneratedVideo(long length) {
            this(length, SampleFiles.MP4);
        }

        GeneratedVideo(long length, byte[] head) {
            this.length = length;
            this.head = head;
        }

        GeneratedVideo failingAfter(long bytes) {
            failAfter = bytes;
            return this;
        }

        @Override
        public int read() throws IOException {
            var one = new byte[1];
            return read(one, 0, 1) == -1 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (served >= failAfter) {
                throw new IOException("Connection reset by peer");
            }
            if (served >= length) {
                return -1;
            }
            var n = (int) Math.min(len, Math.min(length, failAfter) - served);
            for (int i = 0; i < n; i++) {
                b[off + i] = byteAt(served + i);
            }
            served += n;
            return n;
        }

        private byte byteAt(long position) {
            return position < head.length ? head[(int) position] : (byte) (position * 31 + (position >>> 8));
        }

        /** The hash of the first {@code length} bytes, computed in small steps like the upload itself. */
        static String sha256(long length) {
            var digest = digest();
            var source = new GeneratedVideo(length);
            var buffer = new byte[8192];
            int n;
            try {
                while ((n = source.read(buffer, 0, buffer.length)) != -1) {
                    digest.update(buffer, 0, n);
                }
            } catch (IOException impossible) {
                throw new UncheckedIOException(impossible);
            }
            return HexFormat.of().formatHex(digest.digest());
        }
    }
}
