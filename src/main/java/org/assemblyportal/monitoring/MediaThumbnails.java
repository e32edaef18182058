package org.assemblyportal.monitoring;

import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.assemblyportal.evidence.StoredBlob;
import org.assemblyportal.evidence.ThumbnailService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Starts the preview of an attached original and records "the thumbnail of X is Y" when the evidence
 * module's thumbnail thread has stored it. The record is written on that thread, which has no signed-in
 * user: so here, in a component of this package that checks nobody, not in a service method guarded by
 * {@code @PreAuthorize}. A preview that cannot be made (video, sound, an undecodable picture, a full
 * queue) records nothing and costs the upload nothing; it can be asked for again later.
 */
@Component
class MediaThumbnails {

    private static final Logger log = LoggerFactory.getLogger(MediaThumbnails.class);

    private final ThumbnailService thumbnails;
    private final MediaThumbnailRepository recorded;
    private final TransactionTemplate transaction;
    private final Clock clock;

    MediaThumbnails(ThumbnailService thumbnails, MediaThumbnailRepository recorded, PlatformTransactionManager transactions,
            Clock clock) {
        this.thumbnails = thumbnails;
        this.recorded = recorded;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /**
     * Asks for the preview of a stored original unless its type has none or it has one already; the
     * future completes when the outcome has been recorded (or nothing was to be recorded), never with a failure.
     */
    CompletableFuture<Void> start(String sha256, String mediaType) {
        if (!ThumbnailService.canPreview(mediaType) || recorded.existsById(sha256)) {
            return CompletableFuture.completedFuture(null);
        }
        CompletableFuture<Optional<StoredBlob>> preview;
        try {
            preview = thumbnails.thumbnailOf(sha256);
        } catch (RuntimeException failed) {
            log.warn("Preview of {} not started: {}", sha256, failed.toString());
            return CompletableFuture.completedFuture(null);
        }
        return preview.handle((made, failure) -> {
            if (failure != null) {
                log.info("No preview of {} now: {}", sha256, failure.toString());
            } else if (made.isPresent()) {
                record(sha256, made.get());
            }
            return null;
        });
    }

    private void record(String sha256, StoredBlob preview) {
        try {
            transaction.executeWithoutResult(status -> {
                if (!recorded.existsById(sha256)) {
                    recorded.saveAndFlush(new MediaThumbnail(sha256, preview, clock.instant()));
                }
            });
        } catch (DataIntegrityViolationException madeTwice) {
            // The same original attached twice at once: the first record stands, and it names the same bytes.
        } catch (RuntimeException failed) {
            log.warn("Preview of {} stored as {} but not recorded: {}", sha256, preview.sha256(), failed.toString());
        }
    }
}
