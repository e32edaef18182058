package org.assemblyportal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.assemblyportal.assembly.CaseService;
import org.assemblyportal.evidence.CaseLedger;
import org.assemblyportal.evidence.LedgerReport;
import org.assemblyportal.evidence.LedgerVerifier;
import org.assemblyportal.evidence.LedgerSource;
import org.assemblyportal.security.RunAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.ActiveProfiles;

/** The demo data goes through the services, so the demo Almaty case gets a full ledger (decision 016). */
@ServiceTest
@ActiveProfiles({"test", "demo"})
class DemoLedgerTest {

    @Autowired
    CaseService cases;
    @Autowired
    CaseLedger ledger;
    @Autowired
    List<LedgerSource> sources;
    @Autowired
    LedgerVerifier verifier;
    @Autowired
    RunAs runAs;

    @Test
    void the_demo_almaty_case_has_an_entry_for_each_of_its_records_and_verifies_clean() {
        var almaty = new AtomicReference<UUID>();
        runAs.user("organizer", () -> almaty.set(cases.myCases(PageRequest.of(0, 100)).stream()
                .filter(c -> LocalDate.of(2022, 3, 8).equals(c.plannedDate())).findFirst().orElseThrow().id()));

        var entries = ledger.entries(almaty.get());

        // other tests in this shared context may have exported the case since: export.made entries follow
        assertThat(LedgerChecks.types(entries)).startsWith("case.opened", "membership.added", "membership.added",
                "membership.added", "filing.recorded", "communication.recorded", "plan-segment.revised",
                "plan-segment.revised", "walk.scheduled", "walk.scheduled", "walk.scheduled");
        LedgerChecks.assertSourcesAgree(entries, sources, almaty.get(), "case", "membership", "filing",
                "communication", "plan-segment", "walk");
        var report = new AtomicReference<LedgerReport>();
        runAs.user("lawyer", () -> report.set(verifier.verify(almaty.get())));
        assertThat(report.get().breaks()).isEmpty();
        assertThat(report.get().ok()).isTrue();
        assertThat(report.get().recordsChecked()).isEqualTo(entries.size());
    }
}
