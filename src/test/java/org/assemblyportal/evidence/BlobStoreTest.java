package org.assemblyportal.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Arrays;
import java.util.stream.Stream;
import org.assemblyportal.base.NotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BlobStoreTest {

    static final byte[] PNG = SampleFiles.PNG;
    static final byte[] PDF = SampleFiles.PDF;
    static final byte[] ELF = SampleFiles.ELF;
    static final byte[] EXE = SampleFiles.EXE;

    static final UploadPolicy PROOFS = UploadPolicy.of(1, ContentType.JPEG, ContentType.PNG, ContentType.WEBP,
            ContentType.HEIC, ContentType.HEIF, ContentType.PDF);

    @TempDir
    Path root;
    BlobStore store;

    @BeforeEach
    void aStore() {
        store = new BlobStore(root);
    }

    @Test
    void an_original_is_stored_under_its_hash_in_two_levels_and_read_back_unchanged() throws IOException {
        var blob = store.store(in(PDF), "notice.pdf", PROOFS);

        assertThat(blob.sha256()).isEqualTo(sha256sumOf(PDF));
        assertThat(blob.size()).isEqualTo(PDF.length);
        assertThat(root.resolve(blob.sha256().substring(0, 2)).resolve(blob.sha256().substring(2, 4))
                .resolve(blob.sha256())).hasBinaryContent(PDF);
        try (var back = store.open(blob.sha256())) {
            assertThat(back.readAllBytes()).isEqualTo(PDF);
        }
        assertThat(store.verify(blob.sha256())).isTrue();
    }

    @Test
    void the_streamed_hash_equals_the_one_sha256sum_prints_for_the_same_bytes() {
        var blob = store.store(in("%PDF-abc".getBytes(StandardCharsets.US_ASCII)), "a.pdf", PROOFS);

        // printf '%%PDF-abc' | sha256sum
        assertThat(blob.sha256()).isEqualTo("1e8a7587529cc956d46dea481f38c623395a879a1179c277f476a9cdb88a540d");
    }

    @Test
    void the_same_bytes_are_stored_once_and_the_first_file_is_never_rewritten() throws IOException {
        var first = store.store(in(PNG), "a.png", PROOFS);
        var path = blobFiles().findFirst().orElseThrow();
        var modified = Files.getLastModifiedTime(path);
        var inode = Files.getAttribute(path, "unix:ino");

        var second = store.store(in(PNG), "b.png", PROOFS);

        assertThat(second.sha256()).isEqualTo(first.sha256());
        assertThat(second.safeName()).isEqualTo("b.png");
        assertThat(blobFiles()).containsExactly(path);
        assertThat(Files.getAttribute(path, "unix:ino")).isEqualTo(inode);
        assertThat(Files.getLastModifiedTime(path)).isEqualTo(modified);
    }

    @Test
    void a_stored_original_is_read_only() throws IOException {
        var blob = store.store(in(PNG), "a.png", PROOFS);

        var permissions = Files.getPosixFilePermissions(blobFiles().findFirst().orElseThrow());
        assertThat(permissions).doesNotContain(PosixFilePermission.OWNER_WRITE, PosixFilePermission.GROUP_WRITE,
                PosixFilePermission.OTHERS_WRITE);
        assertThat(store.verify(blob.sha256())).isTrue();
    }

    @Test
    void an_upload_over_the_limit_stops_reading_and_leaves_no_file_behind() {
        var big = Arrays.copyOf(PDF, 1024 * 1024 + 1);
        var counting = new CountingStream(in(big));
        // Endless content: only a store that stops at the limit ever returns.
        var endless = new CountingStream(new InputStream() {
            @Override
            public int read() {
                return '%';
            }
        });

        assertThatThrownBy(() -> store.store(counting, "big.pdf", PROOFS))
                .isInstanceOf(RejectedUploadException.class)
                .satisfies(e -> assertThat(((RejectedUploadException) e).messageKey()).isEqualTo("evidence.too-large"))
                .satisfies(e -> assertThat(((RejectedUploadException) e).messageArguments()).containsExactly(1L));
        assertThatThrownBy(() -> store.store(endless, "endless.pdf", PROOFS)).isInstanceOf(RejectedUploadException.class);
        assertThat(endless.count).isLessThanOrEqualTo(1024 * 1024 + 64 * 1024);
        assertThat(allFiles()).isEmpty();
    }

    @Test
    void the_type_comes_from_the_content_not_from_the_name() throws IOException {
        var pdfCalledPhoto = store.store(in(PDF), "photo.jpg", PROOFS);

        assertThat(pdfCalledPhoto.mediaType()).isEqualTo("application/pdf");
        assertThat(pdfCalledPhoto.safeName()).isEqualTo("photo.jpg");
        assertThatThrownBy(() -> store.store(in(ELF), "scan.pdf", PROOFS))
                .isInstanceOf(RejectedUploadException.class)
                .satisfies(e -> assertThat(((RejectedUploadException) e).messageKey()).isEqualTo("evidence.type-not-allowed"))
                .satisfies(e -> assertThat(((RejectedUploadException) e).messageArguments())
                        .containsExactly("JPEG, PNG, WebP, HEIC, HEIF, PDF"));
        assertThatThrownBy(() -> store.store(in(EXE), "receipt.png", PROOFS)).isInstanceOf(RejectedUploadException.class);
        assertThat(blobFiles()).hasSize(1);
        assertThat(allFiles()).hasSize(1);
    }

    @Test
    void a_type_the_policy_does_not_allow_is_refused_even_when_recognised() {
        var imagesOnly = UploadPolicy.of(1, ContentType.PNG);

        assertThatThrownBy(() -> store.store(in(PDF), "a.pdf", imagesOnly))
                .satisfies(e -> assertThat(((RejectedUploadException) e).messageArguments()).containsExactly("PNG"));
    }

    @Test
    void jpeg_webp_heic_and_heif_are_recognised_by_their_signatures() {
        assertThat(ContentType.detect(bytes(0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0, 1), 12)).contains(ContentType.JPEG);
        assertThat(ContentType.detect(bytes('R', 'I', 'F', 'F', 0x24, 0, 0, 0, 'W', 'E', 'B', 'P'), 12)).contains(ContentType.WEBP);
        assertThat(ContentType.detect(bytes(0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'h', 'e', 'i', 'c'), 12)).contains(ContentType.HEIC);
        assertThat(ContentType.detect(bytes(0, 0, 0, 0x1C, 'f', 't', 'y', 'p', 'm', 'i', 'f', '1'), 12)).contains(ContentType.HEIF);
        // A WAVE file is RIFF too, and AVIF is ISO BMFF too: the first is audio, the second not one of ours.
        assertThat(ContentType.detect(bytes('R', 'I', 'F', 'F', 0x24, 0, 0, 0, 'W', 'A', 'V', 'E'), 12)).contains(ContentType.WAV);
        assertThat(ContentType.detect(bytes(0, 0, 0, 0x1C, 'f', 't', 'y', 'p', 'a', 'v', 'i', 'f'), 12)).isEmpty();
        assertThat(ContentType.detect(bytes(0xFF, 0xD8), 2)).isEmpty();
    }

    @Test
    void an_empty_upload_is_refused() {
        assertThatThrownBy(() -> store.store(in(new byte[0]), "empty.png", PROOFS))
                .satisfies(e -> assertThat(((RejectedUploadException) e).messageKey()).isEqualTo("evidence.empty"));
        assertThat(allFiles()).isEmpty();
    }

    @Test
    void declared_names_lose_their_paths_control_characters_and_excess_length() {
        assertThat(SafeFileName.of("../../etc/passwd")).isEqualTo("passwd");
        assertThat(SafeFileName.of("C:\\Users\\aigerim\\Desktop\\scan.pdf")).isEqualTo("scan.pdf");
        assertThat(SafeFileName.of("..")).isEqualTo(SafeFileName.UNNAMED);
        assertThat(SafeFileName.of(".hidden.png")).isEqualTo("hidden.png");
        assertThat(SafeFileName.of("receipt\r\nSet-Cookie: x.png")).isEqualTo("receiptSet-Cookie x.png");
        assertThat(SafeFileName.of("invoice\u202Egpj.exe")).isEqualTo("invoicegpj.exe");
        assertThat(SafeFileName.of("Қабылдау талоны.jpg")).isEqualTo("Қабылдау талоны.jpg");
        assertThat(SafeFileName.of(null)).isEqualTo(SafeFileName.UNNAMED);
        var longName = SafeFileName.of("ж".repeat(500) + ".jpeg");
        assertThat(longName).hasSize(SafeFileName.MAX_LENGTH).endsWith("ж.jpeg");
    }

    @Test
    void a_stored_name_is_what_open_finds_and_anything_else_is_not_found() {
        var blob = store.store(in(PNG), "a.png", PROOFS);

        assertThat(store.contains(blob.sha256())).isTrue();
        assertThat(store.contains("../" + blob.sha256().substring(3))).isFalse();
        assertThatThrownBy(() -> store.open("0".repeat(64))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> store.open("../../../etc/passwd")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> store.open(blob.sha256().toUpperCase())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void verify_notices_bytes_changed_behind_the_stores_back() throws IOException {
        var blob = store.store(in(PNG), "a.png", PROOFS);
        var path = blobFiles().findFirst().orElseThrow();
        path.toFile().setWritable(true);
        var changed = PNG.clone();
        changed[changed.length - 1] ^= 1;
        Files.write(path, changed);

        assertThat(store.verify(blob.sha256())).isFalse();
    }

    private Stream<Path> blobFiles() throws IOException {
        return allFiles().stream().filter(p -> p.getFileName().toString().matches("[0-9a-f]{64}"));
    }

    private java.util.List<Path> allFiles() {
        try (var walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static InputStream in(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }

    private static byte[] bytes(int... values) {
        var result = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = (byte) values[i];
        }
        return result;
    }

    /** What {@code sha256sum} prints, computed by the JDK in one go rather than streamed. */
    private static String sha256sumOf(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Counts what the store reads, to show that it stops at the limit. */
    static final class CountingStream extends java.io.FilterInputStream {
        long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            var n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
