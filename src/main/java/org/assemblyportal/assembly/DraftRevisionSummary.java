package org.assemblyportal.assembly;

import java.time.Instant;
import java.util.List;
import org.assemblyportal.jurisdiction.ApplicationField;

/**
 * One entry of a draft's history: which revision, when, who, the hash of its content, and which
 * parts it changed from the revision before.
 */
public record DraftRevisionSummary(int revision, Instant savedAt, String savedBy, String sha256,
        List<ApplicationField> changed) {

    public DraftRevisionSummary {
        changed = List.copyOf(changed);
    }
}
