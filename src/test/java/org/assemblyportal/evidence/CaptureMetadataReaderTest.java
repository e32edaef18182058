package org.assemblyportal.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaptureMetadataReaderTest {

    @TempDir
    Path root;
    BlobStore store;
    CaptureMetadataReader reader;

    @BeforeEach
    void aStore() {
        store = new BlobStore(root);
        reader = new CaptureMetadataReader(store);
    }

    @Test
    void a_phone_photo_tells_when_where_and_with_what_it_was_taken() {
        var photo = store.store(new ByteArrayInputStream(ExifJpeg.withExif(64, 48, 6)), "IMG_0042.jpg",
                UploadPolicy.OBSERVATION_MEDIA);

        var metadata = reader.read(photo.sha256());

        assertThat(metadata.capturedAt()).isEqualTo(LocalDateTime.of(2022, 2, 20, 11, 5, 17));
        assertThat(metadata.capturedOffset()).isEqualTo(ZoneOffset.ofHours(6));
        assertThat(metadata.capturedInstant()).contains(Instant.parse("2022-02-20T05:05:17Z"));
        assertThat(metadata.latitude()).isCloseTo(43.238, within(1e-6));
        assertThat(metadata.longitude()).isCloseTo(76.945, within(1e-6));
        assertThat(metadata.altitude()).isEqualTo(800.0);
        assertThat(metadata.make()).isEqualTo("Apple");
        assertThat(metadata.model()).isEqualTo("iPhone 13");
        assertThat(metadata.width()).isEqualTo(64);
        assertThat(metadata.height()).isEqualTo(48);
        assertThat(metadata.orientation()).isEqualTo(6);
        assertThat(metadata.duration()).isNull();
    }

    @Test
    void reading_leaves_the_original_byte_for_byte_as_it_was() throws IOException {
        var bytes = ExifJpeg.withExif(64, 48, 1);
        var photo = store.store(new ByteArrayInputStream(bytes), "a.jpg", UploadPolicy.OBSERVATION_MEDIA);
        var modified = Files.getLastModifiedTime(store.file(photo.sha256()));

        reader.read(photo.sha256());

        assertThat(store.file(photo.sha256())).hasBinaryContent(bytes);
        assertThat(Files.getLastModifiedTime(store.file(photo.sha256()))).isEqualTo(modified);
        assertThat(store.verify(photo.sha256())).isTrue();
    }

    @Test
    void a_photo_without_exif_gives_its_size_and_nothing_else() {
        var png = store.store(new ByteArrayInputStream(ExifJpeg.image(30, 20, "png")), "a.png",
                UploadPolicy.OBSERVATION_MEDIA);

        var metadata = reader.read(png.sha256());

        assertThat(metadata.width()).isEqualTo(30);
        assertThat(metadata.height()).isEqualTo(20);
        assertThat(metadata.capturedAt()).isNull();
        assertThat(metadata.hasLocation()).isFalse();
        assertThat(metadata.capturedInstant()).isEmpty();
    }

    @Test
    void a_video_tells_its_creation_time_in_utc_and_its_duration() {
        // ftyp, then moov with a version-0 mvhd: created 2022-02-20T05:05:17Z (seconds since 1904), 12.5 s at 1000/s.
        var mvhd = java.nio.ByteBuffer.allocate(108).putInt(108).put("mvhd".getBytes()).putInt(0)
                .putInt((int) (Instant.parse("2022-02-20T05:05:17Z").getEpochSecond() + 2_082_844_800L))
                .putInt(0).putInt(1000).putInt(12_500).putInt(0x00010000).putShort((short) 0x0100)
                .array();
        var moov = java.nio.ByteBuffer.allocate(8 + mvhd.length).putInt(8 + mvhd.length).put("moov".getBytes())
                .put(mvhd).array();
        var video = java.nio.ByteBuffer.allocate(SampleFiles.MP4.length - 8 + moov.length)
                .put(SampleFiles.MP4, 0, SampleFiles.MP4.length - 8).put(moov).array();
        var blob = store.store(new ByteArrayInputStream(video), "VID.mp4", UploadPolicy.OBSERVATION_MEDIA);

        var metadata = reader.read(blob.sha256());

        assertThat(metadata.capturedInstant()).contains(Instant.parse("2022-02-20T05:05:17Z"));
        assertThat(metadata.duration()).isEqualTo(java.time.Duration.ofMillis(12_500));
    }

    @Test
    void damaged_or_unknown_files_give_no_metadata_and_no_exception() {
        // A JPEG cut inside its EXIF segment, an MP4 header with nothing after it, an Ogg page header.
        var cutJpeg = Arrays.copyOf(ExifJpeg.withExif(64, 48, 1), 60);
        for (var bytes : new byte[][] {cutJpeg, SampleFiles.MP4, SampleFiles.OGG, SampleFiles.AMR}) {
            var blob = store.store(new ByteArrayInputStream(bytes), "x", UploadPolicy.OBSERVATION_MEDIA);

            var metadata = reader.read(blob.sha256());

            assertThat(metadata.capturedAt()).isNull();
            assertThat(metadata.hasLocation()).isFalse();
        }
        assertThat(CaptureMetadata.none().isEmpty()).isTrue();
    }
}
