package org.assemblyportal.casefile;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/** The background threads that write case files. */
@Configuration
class CaseFileConfiguration {

    static final String EXPORT_EXECUTOR = "caseFileExportExecutor";
    static final String CHECK_EXECUTOR = "ledgerCheckExecutor";

    /** Ledger checks asked for on the case page: they re-hash every file, so never on a request thread. */
    @Bean(name = CHECK_EXECUTOR)
    ThreadPoolTaskExecutor ledgerCheckExecutor() {
        var executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(1);
        executor.setMaxPoolSize(2);
        executor.setQueueCapacity(8);
        executor.setThreadNamePrefix("ledger-check-");
        return executor;
    }

    /**
     * One export at a time and a short queue: an export reads every original of a case and is bound
     * by the disk and one core's hashing, so two at once only finish later, and a long queue would
     * only keep lawyers waiting without telling them. A full queue is refused ("busy, try later").
     */
    @Bean(name = EXPORT_EXECUTOR)
    ThreadPoolTaskExecutor caseFileExportExecutor() {
        var executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(1);
        executor.setMaxPoolSize(1);
        executor.setQueueCapacity(8);
        executor.setThreadNamePrefix("case-file-export-");
        executor.setWaitForTasksToCompleteOnShutdown(false);
        return executor;
    }
}
