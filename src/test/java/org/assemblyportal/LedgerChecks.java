package org.assemblyportal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.assemblyportal.evidence.Jcs;
import org.assemblyportal.evidence.LedgerEntry;
import org.assemblyportal.evidence.LedgerSource;

/**
 * What verification (decision 016) asks of a feature, checked in its own tests: every record a
 * {@link LedgerSource} answers for has an entry, and the latest entry of its subject holds exactly the
 * payload the source rebuilds from the tables now, byte for byte in canonical JSON.
 */
public final class LedgerChecks {

    private LedgerChecks() {
    }

    /** The type and subject of each entry, in sequence order ("observation.recorded observation/…"). */
    public static List<String> typesAndSubjects(List<LedgerEntry> entries) {
        return entries.stream().map(e -> e.type() + " " + e.subject()).toList();
    }

    public static List<String> types(List<LedgerEntry> entries) {
        return entries.stream().map(LedgerEntry::type).toList();
    }

    /** Asserts that each source of {@code kinds} agrees with the ledger, and that it answers for something. */
    public static void assertSourcesAgree(List<LedgerEntry> entries, Collection<LedgerSource> sources, UUID caseId,
            String... kinds) {
        var latest = new LinkedHashMap<String, LedgerEntry>();
        entries.forEach(e -> latest.put(e.subject(), e));
        for (var kind : kinds) {
            var source = sources.stream().filter(s -> s.kind().equals(kind)).findFirst()
                    .orElseThrow(() -> new AssertionError("No ledger source for " + kind));
            Map<String, Object> current = source.currentPayloads(caseId);
            assertThat(current).as("records of kind %s", kind).isNotEmpty();
            var inLedger = latest.keySet().stream().filter(s -> s.startsWith(kind + "/")).toList();
            assertThat(current.keySet()).as("subjects of kind %s", kind).containsExactlyInAnyOrderElementsOf(inLedger);
            current.forEach((subject, payload) -> assertThat(Jcs.canonicalize(payload))
                    .as("payload of %s", subject).isEqualTo(latest.get(subject).payloadJson()));
        }
    }
}
