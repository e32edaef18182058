package org.assemblyportal.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
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

    /** Large enough for efficient disk writes, small enough that no upload sits in memory. */
    private static final int BUFFER_SIZE = 64 * 1024;
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
     * one larger than the policy allows (reading stops at the limit), or a type it does not allow.
     */
    public StoredBlob store(InputStream content, String declaredFileName, UploadPolicy policy) {
        Path part = null;
        try {
            part = Files.createTempFile(incoming, "upload-", PART_SUFFIX);
            var received = receive(content, part, policy);
            var hash = HexFormat.of().formatHex(received.digest());
            publish(part, pathOf(hash));
            return new StoredBlob(hash, received.size(), received.type().mediaType(), SafeFileName.of(declaredFileName));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store an upload in " + root, e);
        } finally {
            deleteQuietly(part);
        }
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
        long size = 0;
        try (var in = new DigestInputStream(content, newDigest());
                var out = FileChannel.open(part, StandardOpenOption.WRITE)) {
            var buffer = new byte[BUFFER_SIZE];
            int read;
            while ((read = in.read(buffer)) != -1) {
                size += read;
                if (size > policy.maxBytes()) {
                    throw new RejectedUploadException("evidence.too-large", policy.maxMegabytes());
                }
                if (headLength < head.length) {
                    var copied = Math.min(read, head.length - headLength);
                    System.arraycopy(buffer, 0, head, headLength, copied);
                    headLength += copied;
                }
                var chunk = ByteBuffer.wrap(buffer, 0, read);
                while (chunk.hasRemaining()) {
                    out.write(chunk);
                }
            }
            if (size == 0) {
                throw new RejectedUploadException("evidence.empty");
            }
            var type = ContentType.detect(head, headLength).filter(policy.allowed()::contains)
                    .orElseThrow(() -> new RejectedUploadException("evidence.type-not-allowed", policy.allowedLabels()));
            // On disk before it gets its hash name: after a power cut the name never points at lost bytes.
            out.force(true);
            return new Received(in.getMessageDigest().digest(), size, type);
        }
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
