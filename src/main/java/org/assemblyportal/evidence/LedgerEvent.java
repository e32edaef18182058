package org.assemblyportal.evidence;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;

/**
 * One thing a case's services recorded, as they hand it to the {@link CaseLedger}: its type
 * ({@code observation.recorded}), the subject it is about ({@code observation/3f2…}: kind, slash, id),
 * who did it (a user id, or {@code null} for the portal itself) and its payload, a record whose
 * RFC 8785 text is hashed into the entry. Files the event brings into the case are listed in the
 * payload's top-level {@code files} property as {@link LedgerFile}s, so verification can re-hash them.
 * A type ending in {@code .removed} ends its subject: the record is gone on purpose (a member left).
 */
public record LedgerEvent(UUID caseId, String type, String subject, UUID actorUserId, Object payload) {

    public LedgerEvent {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(payload, "payload");
        if (!subject.contains("/")) {
            throw new IllegalArgumentException("A subject is kind/id, not " + subject);
        }
    }

    public boolean endsSubject() {
        return type.endsWith(".removed");
    }

    /**
     * An instant as the ledger and both databases keep it, to the microsecond. Records cut their times
     * with this where they are made, so that a payload built before saving equals one built after a re-read.
     */
    public static Instant micros(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
    }

    public static String subject(String kind, Object id) {
        return kind + "/" + id;
    }
}
