package org.assemblyportal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.assemblyportal.evidence.CaseLedger;
import org.assemblyportal.evidence.Jcs;
import org.assemblyportal.evidence.LedgerEntry;
import org.assemblyportal.evidence.LedgerEvent;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Interim test double until branch ledger's CaseLedger lands: keeps committed entries in memory. */
@TestConfiguration(proxyBeanMethods = false)
public class InMemoryCaseLedger {

    @Bean
    @Primary
    CaseLedger inMemoryLedger(Clock clock) {
        return new CaseLedger() {
            private final List<LedgerEntry> all = new ArrayList<>();

            @Override
            public LedgerEntry append(LedgerEvent event) {
                if (!TransactionSynchronizationManager.isActualTransactionActive()) {
                    throw new IllegalStateException("append needs a transaction");
                }
                var payload = Jcs.canonicalize(event.payload());
                var entry = new LedgerEntry(event.caseId(), 0, clock.instant(), String.valueOf(event.actorUserId()),
                        event.type(), event.subject(), Jcs.sha256Hex(payload), null, null, null, payload);
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCompletion(int status) {
                        if (status == STATUS_COMMITTED) {
                            synchronized (all) {
                                all.add(entry);
                            }
                        }
                    }
                });
                return entry;
            }

            @Override
            public List<LedgerEntry> entries(UUID caseId) {
                synchronized (all) {
                    return all.stream().filter(e -> e.caseId().equals(caseId)).toList();
                }
            }
        };
    }
}
