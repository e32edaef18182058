package org.assemblyportal.evidence;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The evidence module's own threads. Thumbnails are made on a small pool of their own, so that a
 * burst of uploads can neither slow requests down nor take the threads other background work uses.
 * (With this bean present, {@code spring.task.execution.mode=force} keeps Spring Boot's own
 * {@code applicationTaskExecutor} for everything else.) Scheduling is switched on here for the nightly
 * ledger check ({@link LedgerNightlyCheck}), the first scheduled job of the portal.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class EvidenceConfiguration {

    static final String THUMBNAIL_EXECUTOR = "thumbnailExecutor";

    /**
     * One thread, a second when the queue is full, then refusal: a thumbnail is a convenience that
     * can be made later, never a reason to hold memory for a queue of decoded photos.
     */
    @Bean(name = THUMBNAIL_EXECUTOR)
    ThreadPoolTaskExecutor thumbnailExecutor() {
        var executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(1);
        executor.setMaxPoolSize(2);
        executor.setQueueCapacity(32);
        executor.setThreadNamePrefix("thumbnail-");
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(10);
        return executor;
    }
}
