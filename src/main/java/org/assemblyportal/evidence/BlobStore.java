package org.assemblyportal.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;
import org.assemblyportal.base.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Originals on the file system, each stored once under its SHA-256 ({@code ab/cd/abcd…}) and made
 * read-only. Bytes are hashed while they stream into a temporary file, which moves under its hash
 * name only when complete, so a crash never leaves a partial file under a hash name (ADR 007).
 */
@Service
public class BlobStore {

    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");
    private static final String INCOMING = "incoming";
    private static final String PART_SUFFIX = ".part";

    private final Path root;
    private final Path incoming;

    BlobStore(@Value("${portal.evidence.blob-dir}") Path root) {
        this.root = root.toAbsolutePath().normalize();
        this.incoming = this.root.resolve(INCOMING);
        try {
            Files.createDirectories(incoming);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the evidence store at " + this.root, e);
        }
    }

    /**
     * Streams the content into the store. Returns the stored original's hash, size, type (read from
     * its first bytes; the declared name plays no part in it) and a sanitised name. Bytes already in
     * the store are not written again. Throws {@link RejectedUploadException} for an empty upload,
     * one larger than the policy allows (reading stops at the limit), a type it does not allow
     * (reading stops after the first bytes), or content that broke off because the stream failed.
     */
    public StoredBlob store(InputStream content, String declaredFileName, UploadPolicy policy) {
        return store(content, Expected.NOTHING, declaredFileName, policy);
    }

    /**
     * Streams an upload whose SHA-256 the sender announced (the field API's
     * {@code PUT .../media/{sha256}}), hashing it on the way, and stores it only when the bytes that
     * arrived have exactly that hash. A mismatch, a stream that fails or ends before the announced
     * length, too many bytes, or a type the policy does not allow is refused with a
     * {@link RejectedUploadException} and leaves nothing behind: no blob and no temporary file.
     * Uploading the same bytes again returns the same blob and writes nothing new.
     *
     * @param expectedSha256 64 hex digits (either case), as announced by the sender
     * @param declaredLength the announced length in bytes (the Content-Length), or -1 if unknown
     */
    public StoredBlob storeExpecting(InputStream content, String expectedSha256, long declaredLength,
            String declaredFileName, UploadPolicy policy) {
        var expected = new Expected(expectedHash(expectedSha256), declaredLength);
        if (declaredLength > policy.maxBytes()) {
            throw new RejectedUploadException("evidence.too-large", policy.maxMegabytes());
        }
        return store(content, expected, declaredFileName, policy);
    }

    /** {@link #storeExpecting(InputStream, String, long, String, UploadPolicy)} when the length is not announced. */
    public StoredBlob storeExpecting(InputStream content, String expectedSha256, String declaredFileName,
            UploadPolicy policy) {
        return storeExpecting(content, expectedSha256, -1, declaredFileName, policy);
    }

    private StoredBlob store(InputStream content, Expected expected, String declaredFileName, UploadPolicy policy) {
        Path part = null;
        try {
            part = Files.createTempFile(incoming, "upload-", PART_SUFFIX);
            var received = receive(content, part, policy);
            if (expected.length() >= 0 && received.size() != expected.length()) {
                throw new RejectedUploadException("evidence.length-mismatch", received.size(), expected.length());
            }
            var hash = HexFormat.of().formatHex(received.digest());
            if (expected.sha256() != null && !expected.sha256().equals(hash)) {
                throw new RejectedUploadException("evidence.hash-mismatch", expected.sha256(), hash);
            }
            publish(part, pathOf(hash));
            return new StoredBlob(hash, received.size(), received.type().mediaType(), SafeFileName.of(declaredFileName));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store an upload in " + root, e);
        } finally {
            deleteQuietly(part);
        }
    }

    /** What the sender announced about an upload: its hash (null: nothing) and length (-1: unknown). */
    private record Expected(String sha256, long length) {
        static final Expected NOTHING = new Expected(null, -1);
    }

    private static String expectedHash(String announced) {
        var hash = announced == null ? "" : announced.strip().toLowerCase(Locale.ROOT);
        if (!SHA256_HEX.matcher(hash).matches()) {
            throw new RejectedUploadException("evidence.hash-invalid", announced == null ? "" : announced);
        }
        return hash;
    }

    /** The original's bytes; the caller closes the stream. */
    public InputStream open(String sha256) {
        try {
            return Files.newInputStream(existing(sha256));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read blob " + sha256, e);
        }
    }

    public boolean contains(String sha256) {
        return sha256 != null && SHA256_HEX.matcher(sha256).matches() && Files.isRegularFile(pathOf(sha256));
    }

    /** Hashes the stored bytes again: true while they are still exactly what arrived. */
    public boolean verify(String sha256) {
        try (var in = new DigestInputStream(open(sha256), newDigest())) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest()).equals(sha256);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read blob " + sha256, e);
        }
    }

    private record Received(byte[] digest, long size, ContentType type) {
    }

    private static Received receive(InputStream content, Path part, UploadPolicy policy) throws IOException {
        var head = new byte[ContentType.SIGNATURE_LENGTH];
        var headLength = 0;
        ContentType type = null;
        long size = 0;
        var digest = newDigest();
        try (var out = new PipelinedFileWriter(part)) {
            var buffer = out.emptyBuffer();
            int read;
            while ((read = readFrom(content, buffer, size)) != -1) {
                size += read;
                if (size > policy.maxBytes()) {
                    throw new RejectedUploadException("evidence.too-large", policy.maxMegabytes());
                }
                digest.update(buffer.array(), buffer.position(), read);
                if (headLength < head.length) {
                    var copied = Math.min(read, head.length - headLength);
                    System.arraycopy(buffer.array(), buffer.position(), head, headLength, copied);
                    headLength += copied;
                    if (headLength == head.length) {
                        // Known from the first bytes: a refused type is not read to its end.
                        type = allowedType(head, headLength, policy);
                    }
                }
                buffer.position(buffer.position() + read);
                if (!buffer.hasRemaining()) {
                    out.write(buffer);
                    buffer = out.emptyBuffer();
                }
            }
            if (size == 0) {
                throw new RejectedUploadException("evidence.empty");
            }
            if (type == null) {
                type = allowedType(head, headLength, policy);
            }
            out.write(buffer);
            out.finish();
            return new Received(digest.digest(), size, type);
        }
    }

    /**
     * A read that fails is the sender's stream breaking off (a client that disconnects, a network
     * cut): the upload is incomplete, which is the sender's problem to retry, not a fault of the store.
     */
    private static int readFrom(InputStream in, ByteBuffer buffer, long receivedSoFar) {
        try {
            return in.read(buffer.array(), buffer.position(), buffer.remaining());
        } catch (IOException brokenOff) {
            var rejected = new RejectedUploadException("evidence.truncated", receivedSoFar);
            rejected.initCause(brokenOff);
            throw rejected;
        }
    }

    private static ContentType allowedType(byte[] head, int headLength, UploadPolicy policy) {
        return ContentType.detect(head, headLength).filter(policy.allowed()::contains)
                .orElseThrow(() -> new RejectedUploadException("evidence.type-not-allowed", policy.allowedLabels()));
    }

    /**
     * Gives the complete temporary file its hash name. A hard link fails if the name exists, where a
     * rename would silently replace it: so an original, once stored, is never rewritten, even when
     * two uploads of the same bytes finish at the same moment.
     */
    private static void publish(Path part, Path target) throws IOException {
        if (Files.exists(target)) {
            return;
        }
        Files.createDirectories(target.getParent());
        makeReadOnly(part);
        try {
            Files.createLink(target, part);
        } catch (FileAlreadyExistsException storedMeanwhile) {
            // Same hash, same bytes: the first copy stays.
        } catch (UnsupportedOperationException noHardLinks) {
            moveWithoutReplacing(part, target);
        }
    }

    /** For file systems without hard links; a name that appeared meanwhile is kept as it is. */
    private static void moveWithoutReplacing(Path part, Path target) throws IOException {
        if (!Files.exists(target)) {
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    private static void makeReadOnly(Path file) throws IOException {
        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r-----"));
        } else if (!file.toFile().setWritable(false, false)) {
            throw new IOException("Cannot make " + file + " read-only");
        }
    }

    /** The stored original's file, for readers in this package that need random access; never written. */
    Path file(String sha256) {
        return existing(sha256);
    }

    private Path existing(String sha256) {
        if (!contains(sha256)) {
            throw new NotFoundException("evidence.not-found");
        }
        return pathOf(sha256);
    }

    /** Hash names only: {@code sha256} has been checked to be 64 hex digits, so it cannot leave the root. */
    private Path pathOf(String sha256) {
        return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every Java runtime has SHA-256", impossible);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // A left-over ".part" file is never mistaken for a blob; it only takes space.
            }
        }
    }
}
