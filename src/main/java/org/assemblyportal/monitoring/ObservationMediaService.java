package org.assemblyportal.monitoring;

import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.assemblyportal.assembly.CaseAccess;
import org.assemblyportal.assembly.CaseRole;
import org.assemblyportal.base.ConflictException;
import org.assemblyportal.base.ForbiddenException;
import org.assemblyportal.base.NotFoundException;
import org.assemblyportal.evidence.BlobStore;
import org.assemblyportal.evidence.CaptureMetadataReader;
import org.assemblyportal.evidence.CaseLedger;
import org.assemblyportal.evidence.RejectedUploadException;
import org.assemblyportal.evidence.UploadPolicy;
import org.assemblyportal.security.CurrentUser;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Photos, videos and sound recordings attached to observations (ADR 012). The case's monitors attach
 * them; every member of the case lists and downloads them; anyone else is told the observation does not
 * exist. A file streams into the evidence store, which keeps it only if its SHA-256 is the one the
 * sender announced, and is never held in memory; no transaction is open while it streams. Attaching the
 * same file to the same observation again stores nothing and answers as the first time, so phones may
 * retry. Media belong to the observation's chain of versions: a correction keeps them.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class ObservationMediaService {

    /** The most files one observation (all its versions together) takes. */
    public static final int MAX_FILES = 20;
    public static final UploadPolicy POLICY = UploadPolicy.OBSERVATION_MEDIA;

    private final ObservationRepository observations;
    private final ObservationMediaRepository media;
    private final MediaThumbnailRepository thumbnails;
    private final MediaThumbnails previews;
    private final BlobStore blobs;
    private final CaptureMetadataReader metadata;
    private final CaseAccess access;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final CaseLedger ledger;
    private final TransactionTemplate ownTransaction;

    ObservationMediaService(ObservationRepository observations, ObservationMediaRepository media,
            MediaThumbnailRepository thumbnails, MediaThumbnails previews, BlobStore blobs,
            CaptureMetadataReader metadata, CaseAccess access, CurrentUser currentUser, Clock clock,
            PlatformTransactionManager transactions, CaseLedger ledger) {
        this.observations = observations;
        this.media = media;
        this.thumbnails = thumbnails;
        this.previews = previews;
        this.blobs = blobs;
        this.metadata = metadata;
        this.access = access;
        this.currentUser = currentUser;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.ledger = ledger;
    }

    /** A file attached, and whether this call stored it ({@code created}) or found it attached already. */
    public record Attached(ObservationView.Media media, boolean created) {
    }

    /** An original or a preview as stored, for download; the caller closes the stream. */
    public record MediaDownload(String sha256, String mediaType, long size, String name, InputStream content) {
    }

    /**
     * Attaches a file to the observation that version {@code observationId} belongs to. Who may, and
     * whether the observation takes more files, is checked before a byte is read: "not found" for anyone
     * outside the case, "forbidden" for members who are not its monitors, a conflict for a retracted
     * observation or one with {@link #MAX_FILES} files. The bytes are then streamed into the evidence
     * store against {@code expectedSha256}; a mismatch, a stream that ends short or breaks off, a type
     * by content other than photo, video or sound, or more than 500 MB is a {@link RejectedUploadException}
     * and leaves neither a file nor a row. The capture metadata is read from the stored original and the
     * preview is started in the background.
     *
     * @param declaredLength the announced length in bytes, or -1 if unknown
     * @param declaredName   the file's name as the sender gave it (sanitised before it is kept), or null
     */
    public Attached attach(UUID observationId, String expectedSha256, InputStream content, long declaredLength,
            String declaredName) {
        var observation = visible(observationId);
        if (access.require(observation.caseId()) != CaseRole.MONITOR) {
            throw new ForbiddenException("observation.media.not-allowed");
        }
        if (observations.existsByChainIdAndRetractionReasonIsNotNull(observation.chainId())) {
            throw new ConflictException("observation.media.retracted");
        }
        var announced = expectedSha256 == null ? "" : expectedSha256.strip().toLowerCase(Locale.ROOT);
        if (media.findByChainIdAndSha256(observation.chainId(), announced).isEmpty()
                && media.countByChainId(observation.chainId()) >= MAX_FILES) {
            throw new ConflictException("observation.media.too-many", MAX_FILES);
        }
        // The same bytes are read again on a replay: verified, and kept once by the store.
        var blob = blobs.storeExpecting(content, expectedSha256, declaredLength, declaredName, POLICY);
        var stored = media.findByChainIdAndSha256(observation.chainId(), blob.sha256());
        if (stored.isPresent()) {
            return new Attached(view(stored.get()), false);
        }
        var row = new ObservationMedia(observation.id(), observation.chainId(), blob, metadata.read(blob.sha256()),
                clock.instant(), currentUser.id());
        try {
            ownTransaction.executeWithoutResult(status -> {
                media.saveAndFlush(row);
                ledger.append(MonitoringLedger.event(observation.caseId(), row));
            });
        } catch (DataIntegrityViolationException raced) {
            var winner = media.findByChainIdAndSha256(observation.chainId(), blob.sha256())
                    .orElseThrow(() -> raced);
            return new Attached(view(winner), false);
        }
        previews.start(blob.sha256(), blob.mediaType());
        return new Attached(view(row), true);
    }

    /** The files of the observation that version {@code observationId} belongs to, in the order they arrived. */
    @Transactional(readOnly = true)
    public List<ObservationView.Media> media(UUID observationId) {
        var observation = visible(observationId);
        return media.findByChainIds(List.of(observation.chainId())).stream()
                .map(m -> m.media().view(m.thumbnailSha256())).toList();
    }

    /** An attached original as stored; "not found" for a hash not attached to this observation. */
    @Transactional(readOnly = true)
    public MediaDownload original(UUID observationId, String sha256) {
        var file = attached(observationId, sha256);
        return new MediaDownload(file.sha256(), file.mediaType(), file.sizeBytes(), file.fileName(),
                blobs.open(file.sha256()));
    }

    /** The preview of an attached photo; "not found" when it has none (video, sound) or none yet. */
    @Transactional(readOnly = true)
    public MediaDownload thumbnail(UUID observationId, String sha256) {
        var file = attached(observationId, sha256);
        var preview = thumbnails.findById(file.sha256())
                .orElseThrow(() -> new NotFoundException("observation.media.no-thumbnail"));
        var stem = file.fileName().contains(".") ? file.fileName().substring(0, file.fileName().lastIndexOf('.'))
                : file.fileName();
        return new MediaDownload(preview.thumbnailSha256(), preview.mediaType(), preview.sizeBytes(),
                "preview-" + stem + ".jpg", blobs.open(preview.thumbnailSha256()));
    }

    private ObservationMedia attached(UUID observationId, String sha256) {
        var observation = visible(observationId);
        var hash = sha256 == null ? "" : sha256.strip().toLowerCase(Locale.ROOT);
        return media.findByChainIdAndSha256(observation.chainId(), hash)
                .orElseThrow(() -> new NotFoundException("observation.media.not-found"));
    }

    /** The version, if the signed-in user is a member of its case; "not found" otherwise. */
    private Observation visible(UUID observationId) {
        return observations.findById(observationId).filter(o -> access.roleIn(o.caseId()).isPresent())
                .orElseThrow(() -> new NotFoundException("observation.not-found"));
    }

    private ObservationView.Media view(ObservationMedia row) {
        return row.view(thumbnails.findById(row.sha256()).map(MediaThumbnail::thumbnailSha256).orElse(null));
    }
}
