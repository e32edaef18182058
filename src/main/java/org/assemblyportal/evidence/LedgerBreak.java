package org.assemblyportal.evidence;

import java.util.List;

/**
 * One way in which a case ledger, the records it describes or their files no longer agree with what was
 * recorded. {@code messageKey} with {@code args} is the translated text for people; {@code detail} is the
 * same in English for logs. Whatever a break is about is named: the entry ({@code seq}), the record
 * ({@code subject}), the file ({@code sha256}) and the column or payload field ({@code field}); the rest
 * are null.
 */
public record LedgerBreak(Kind kind, Long seq, String subject, String sha256, String field, String messageKey,
        List<String> args, String detail) {

    public LedgerBreak {
        args = List.copyOf(args);
    }

    static LedgerBreak of(Kind kind, Long seq, String subject, String sha256, String field, String detail,
            Object... args) {
        return new LedgerBreak(kind, seq, subject, sha256, field, kind.messageKey(),
                java.util.Arrays.stream(args).map(String::valueOf).toList(), detail);
    }

    /** Stable names: reports, logs and tests rely on them. */
    public enum Kind {
        /** A stored column of an entry (args: seq, field) differs from the entry's hashed line. */
        ENTRY_FIELD("ledger.break.entry-field"),
        /** An entry's line no longer has its entry hash (args: seq). */
        ENTRY_HASH("ledger.break.entry-hash"),
        /** An entry's payload line no longer has the hash the entry records (args: seq). */
        PAYLOAD_HASH("ledger.break.payload-hash"),
        /** An entry is missing or out of place (args: seq). */
        SEQUENCE("ledger.break.sequence"),
        /** An entry's {@code prev} is not the hash of the entry before it (args: seq). */
        CHAIN_LINK("ledger.break.chain-link"),
        /** The recorded head is not the last entry (args: last entry's seq, head's seq). */
        HEAD("ledger.break.head"),
        /** A checkpoint's root or head no longer recomputes over its prefix (args: size, time). */
        CHECKPOINT("ledger.break.checkpoint"),
        /** A record differs from its subject's latest payload (args: subject, field). */
        RECORD_CHANGED("ledger.break.record-changed"),
        /** A record exists without a ledger entry, or after its removal (args: subject). */
        RECORD_INSERTED("ledger.break.record-inserted"),
        /** A subject of the ledger has no record any more and was not removed (args: subject). */
        RECORD_DELETED("ledger.break.record-deleted"),
        /** A file a payload lists is not in the evidence store (args: sha256, seq). */
        FILE_MISSING("ledger.break.file-missing"),
        /** A stored file no longer has its SHA-256 (args: sha256, seq). */
        FILE_CHANGED("ledger.break.file-changed");

        private final String messageKey;

        Kind(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }
}
