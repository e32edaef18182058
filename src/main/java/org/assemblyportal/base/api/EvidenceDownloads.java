package org.assemblyportal.base.api;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * An evidence file as the API serves it: the original bytes as stored, with their SHA-256 in
 * {@code Repr-Digest} (RFC 9530) and the ETag, so that a client can check what it received.
 */
public final class EvidenceDownloads {

    private EvidenceDownloads() {
    }

    public static ResponseEntity<Resource> of(String sha256, String mediaType, long size, String name,
            InputStream content) {
        var digest = Base64.getEncoder().encodeToString(HexFormat.of().parseHex(sha256));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(mediaType))
                .contentLength(size)
                .eTag("\"" + sha256 + "\"")
                .header("Repr-Digest", "sha-256=:" + digest + ":")
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(name))
                .body(new InputStreamResource(content));
    }

    /** Plain ASCII names as they are; others (Kazakh, Russian) as RFC 6266 {@code filename*} too. */
    private static String attachment(String name) {
        var builder = ContentDisposition.attachment();
        var ascii = StandardCharsets.US_ASCII.newEncoder().canEncode(name);
        return (ascii ? builder.filename(name) : builder.filename(name, StandardCharsets.UTF_8)).build().toString();
    }
}
