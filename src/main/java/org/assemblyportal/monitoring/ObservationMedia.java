package org.assemblyportal.monitoring;

import static org.assemblyportal.evidence.LedgerEvent.micros;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.assemblyportal.evidence.CaptureMetadata;
import org.assemblyportal.evidence.LedgerFile;
import org.assemblyportal.evidence.StoredBlob;
import org.hibernate.annotations.Immutable;
import org.springframework.data.domain.Persistable;

/**
 * A photo, video or sound file attached to an observation: the original's hash, type, size and
 * sanitised name as the evidence store gave them, who attached it and when, and the capture metadata
 * the file itself carries, read from the stored original. Never changed or deleted; it belongs to the
 * observation's chain of versions, so a correction keeps it.
 */
@Entity
@Immutable
@Table(name = "observation_media")
class ObservationMedia implements Persistable<UUID> {

    static final int NAME_MAX = 200;
    private static final double E7 = 1e7;

    @Id
    private UUID id;
    /** Set by the database on insert: the order in which files arrived. */
    @Column(insertable = false, updatable = false)
    private Long position;
    @Column(name = "observation_id", nullable = false)
    private UUID observationId;
    @Column(name = "chain_id", nullable = false)
    private UUID chainId;
    @Column(nullable = false, length = 64)
    private String sha256;
    @Column(name = "media_type", nullable = false, length = 100)
    private String mediaType;
    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;
    @Column(name = "file_name", nullable = false, length = NAME_MAX)
    private String fileName;
    @Column(name = "added_at", nullable = false)
    private Instant addedAt;
    @Column(name = "added_by", nullable = false)
    private UUID addedBy;
    @Column(name = "captured_local", length = 19)
    private String capturedLocal;
    @Column(name = "captured_offset", length = 8)
    private String capturedOffset;
    @Column(name = "latitude_e7")
    private Integer latitudeE7;
    @Column(name = "longitude_e7")
    private Integer longitudeE7;
    @Column(name = "altitude_cm")
    private Integer altitudeCm;
    @Column(name = "device_make", length = 100)
    private String deviceMake;
    @Column(name = "device_model", length = 100)
    private String deviceModel;
    @Column(name = "width_px")
    private Integer width;
    @Column(name = "height_px")
    private Integer height;
    @Column(name = "duration_ms")
    private Long durationMillis;
    private Integer orientation;
    /** True until stored: ids are made here, so Spring Data would otherwise look the row up before inserting it. */
    @Transient
    private boolean fresh;

    protected ObservationMedia() {
    }

    ObservationMedia(UUID observationId, UUID chainId, StoredBlob blob, CaptureMetadata capture, Instant addedAt,
            UUID addedBy) {
        this.id = UUID.randomUUID();
        this.fresh = true;
        this.observationId = observationId;
        this.chainId = chainId;
        this.sha256 = blob.sha256();
        this.mediaType = blob.mediaType();
        this.sizeBytes = blob.size();
        this.fileName = blob.safeName().length() <= NAME_MAX ? blob.safeName() : blob.safeName().substring(0, NAME_MAX);
        this.addedAt = micros(addedAt);
        this.addedBy = addedBy;
        this.capturedLocal = capture.capturedAt() == null ? null : capture.capturedAt().withNano(0).toString();
        this.capturedOffset = capture.capturedOffset() == null ? null : capture.capturedOffset().getId();
        if (capture.hasLocation()) {
            this.latitudeE7 = (int) Math.round(capture.latitude() * E7);
            this.longitudeE7 = (int) Math.round(capture.longitude() * E7);
            this.altitudeCm = capture.altitude() == null || Math.abs(capture.altitude()) > 1_000_000 ? null
                    : (int) Math.round(capture.altitude() * 100);
        }
        this.deviceMake = capture.make();
        this.deviceModel = capture.model();
        this.width = capture.width();
        this.height = capture.height();
        this.durationMillis = capture.duration() == null ? null : capture.duration().toMillis();
        this.orientation = capture.orientation();
    }

    @Override
    public UUID getId() {
        return id;
    }

    @Override
    public boolean isNew() {
        return fresh;
    }

    UUID chainId() {
        return chainId;
    }

    String sha256() {
        return sha256;
    }

    String mediaType() {
        return mediaType;
    }

    long sizeBytes() {
        return sizeBytes;
    }

    String fileName() {
        return fileName;
    }

    UUID addedBy() {
        return addedBy;
    }

    MonitoringLedger.MediaPayload ledgerPayload() {
        return new MonitoringLedger.MediaPayload(1, id, observationId, chainId, micros(addedAt),
                capturedLocal, capturedOffset, latitudeE7, longitudeE7, altitudeCm, deviceMake, deviceModel, width,
                height, durationMillis, orientation,
                List.of(new LedgerFile(sha256, sizeBytes, mediaType, fileName)));
    }

    /** The capture metadata as read from the original when it was attached. */
    CaptureMetadata capture() {
        return new CaptureMetadata(capturedLocal == null ? null : LocalDateTime.parse(capturedLocal),
                capturedOffset == null ? null : ZoneOffset.of(capturedOffset),
                latitudeE7 == null ? null : latitudeE7 / E7, longitudeE7 == null ? null : longitudeE7 / E7,
                altitudeCm == null ? null : altitudeCm / 100.0, deviceMake, deviceModel, width, height,
                durationMillis == null ? null : Duration.ofMillis(durationMillis), orientation);
    }

    ObservationView.Media view(String thumbnailSha256) {
        return new ObservationView.Media(sha256, mediaType, sizeBytes, fileName, observationId, addedAt,
                capturedLocal == null ? null : LocalDateTime.parse(capturedLocal),
                capturedOffset == null ? null : ZoneOffset.of(capturedOffset),
                latitudeE7 == null ? null : latitudeE7 / E7, longitudeE7 == null ? null : longitudeE7 / E7, device(),
                thumbnailSha256);
    }

    /** "Apple iPhone 13", or the model alone when it names its maker already ("Pixel 7", "SM-A515F"). */
    private String device() {
        if (deviceModel == null || deviceMake == null) {
            return deviceModel == null ? deviceMake : deviceModel;
        }
        var make = deviceMake.toLowerCase(java.util.Locale.ROOT);
        return deviceModel.toLowerCase(java.util.Locale.ROOT).startsWith(make) ? deviceModel : deviceMake + " " + deviceModel;
    }
}
