package org.assemblyportal.casefile;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.assemblyportal.evidence.Jcs;
import org.assemblyportal.evidence.LedgerEntry;
import org.assemblyportal.evidence.LedgerFile;

/**
 * A small case ledger built exactly as decision 016 says (RFC 8785 lines, SHA-256 entry hashes,
 * {@code prev} links), with files, a withheld payload, a withheld file and extras: the sample the
 * writer and verifier tests share.
 */
public final class SyntheticCase {

    public static final UUID CASE = UUID.fromString("5b0e8d52-4c1e-4f0a-9d5e-0c6a1f2b3c4d");
    public static final Instant CREATED = Instant.parse("2022-02-20T10:15:30Z");
    private static final DateTimeFormatter MICROS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    public final List<LedgerEntry> entries = new ArrayList<>();
    public final byte[] photo = randomBytes(300_000, 1); // larger than the writer's buffer
    public final byte[] minutes = "Протокол встречи с акиматом\n".getBytes(StandardCharsets.UTF_8);
    public final byte[] video = randomBytes(1_000, 2);
    public final byte[] hidden = randomBytes(500, 3);
    public final LedgerFile photoFile = file(photo, "image/jpeg", "фото площади.jpg");
    public final LedgerFile minutesFile = file(minutes, "text/plain", "протокол 1.txt");
    public final LedgerFile videoFile = file(video, "video/mp4", "march.mp4");
    public final LedgerFile hiddenFile = file(hidden, "image/jpeg", "face.jpg");
    public final Set<Long> withheldPayloads = Set.of(2L, 6L);

    public SyntheticCase() {
        append("case.opened", "case/" + CASE, Map.of("title", "Митинг 17 февраля", "v", 1));
        append("member.added", "member/1", Map.of("name", "Айгерім Сейітова", "phone", "+7 701 000 00 00", "v", 1));
        append("media.added", "observation/a1", Map.of("files", List.of(json(photoFile), json(minutesFile)), "v", 1));
        append("observation.recorded", "observation/a1", Map.of("text", "Police line at 11:02", "v", 1));
        append("media.added", "observation/a2", Map.of("files", List.of(json(videoFile)), "v", 1));
        append("media.added", "observation/a3", Map.of("files", List.of(json(hiddenFile)), "v", 1));
        append("media.added", "observation/a4", Map.of("files", List.of(json(photoFile)), "v", 1));
        for (int i = 0; i < 5; i++) {
            append("observation.recorded", "observation/b" + i, Map.of("text", "Crowd of " + (100 * i), "v", 1));
        }
    }

    public LedgerEntry append(String type, String subject, Map<String, Object> payload) {
        long seq = entries.size() + 1;
        String payloadJson = Jcs.canonicalize(payload);
        String payloadSha = Jcs.sha256Hex(payloadJson);
        String prev = entries.isEmpty() ? "0".repeat(64) : entries.get(entries.size() - 1).entryHash();
        Instant at = Instant.parse("2022-02-17T06:00:00Z").plusSeconds(seq * 61).plusNanos(123_456_000L);
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("actor", seq == 1 ? "system" : "actor-5c1f0a9e");
        entry.put("at", MICROS.format(at));
        entry.put("case", CASE.toString());
        entry.put("payload", payloadSha);
        entry.put("prev", prev);
        entry.put("seq", seq);
        entry.put("subject", subject);
        entry.put("type", type);
        entry.put("v", 1);
        String entryJson = Jcs.canonicalize(entry);
        LedgerEntry ledgerEntry = new LedgerEntry(CASE, seq, at, (String) entry.get("actor"), type, subject,
                payloadSha, prev, Jcs.sha256Hex(entryJson), entryJson, payloadJson);
        entries.add(ledgerEntry);
        return ledgerEntry;
    }

    /** The redacted export: the video withheld by hash, the face hidden in a withheld payload. */
    public CaseFileContent content() {
        return content(List.of(new OriginalFile(photoFile, ByteSource.of(photo)),
                new OriginalFile(minutesFile, ByteSource.of(minutes))));
    }

    public CaseFileContent content(List<OriginalFile> originals) {
        return new CaseFileContent(CASE, "Митинг 17 февраля", CREATED, true, LedgerEntries.of(() -> entries), null,
                withheldPayloads, originals, List.of(new WithheldFile(videoFile, "personal-data")),
                List.of(ExtraEntry.of("dossier.pdf", "%PDF-1.7 not a real dossier".getBytes(StandardCharsets.UTF_8)),
                        ExtraEntry.of("data/case.json", "{\"title\":\"Митинг\"}".getBytes(StandardCharsets.UTF_8)),
                        ExtraEntry.of("data/observations.csv", "\uFEFFseq,text\r\n4,Police line\r\n"
                                .getBytes(StandardCharsets.UTF_8)),
                        new ExtraEntry("published/0a1b2c3d4e5f-square.jpg", 2_000,
                                ByteSource.of(randomBytes(2_000, 4)))));
    }

    static Map<String, Object> json(LedgerFile file) {
        return Map.of("sha256", file.sha256(), "size", file.size(), "mediaType", file.mediaType(), "name",
                file.name());
    }

    static LedgerFile file(byte[] bytes, String mediaType, String name) {
        return new LedgerFile(sha256(bytes), bytes.length, mediaType, name);
    }

    static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    static byte[] randomBytes(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }
}
