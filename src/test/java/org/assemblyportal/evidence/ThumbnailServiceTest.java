package org.assemblyportal.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.assemblyportal.base.LocalizedException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

class ThumbnailServiceTest {

    @TempDir
    Path root;
    BlobStore store;
    ThreadPoolTaskExecutor pool;
    List<String> threads = new CopyOnWriteArrayList<>();
    ThumbnailService thumbnails;

    @BeforeEach
    void aStoreAndThePool() {
        store = new BlobStore(root);
        pool = new EvidenceConfiguration().thumbnailExecutor();
        pool.initialize();
        thumbnails = new ThumbnailService(store, task -> pool.execute(() -> {
            threads.add(Thread.currentThread().getName());
            task.run();
        }));
    }

    @AfterEach
    void stopThePool() {
        pool.shutdown();
    }

    @Test
    void a_jpeg_gets_a_preview_of_at_most_320_pixels_with_its_own_hash_and_the_original_stays_as_it_was()
            throws Exception {
        var bytes = ExifJpeg.image(1000, 600, "jpg");
        var original = store(bytes);

        var preview = thumbnails.thumbnailOf(original.sha256()).get(30, TimeUnit.SECONDS).orElseThrow();

        assertThat(preview.sha256()).isNotEqualTo(original.sha256());
        assertThat(preview.mediaType()).isEqualTo("image/jpeg");
        assertThat(size(preview)).containsExactly(320, 192);
        assertThat(store.file(original.sha256())).hasBinaryContent(bytes);
        assertThat(store.verify(original.sha256())).isTrue();
        assertThat(threads).singleElement().satisfies(name -> assertThat(name).startsWith("thumbnail-"));
    }

    @Test
    void a_png_gets_a_preview_too() throws Exception {
        var original = store(ExifJpeg.image(400, 900, "png"));

        var preview = thumbnails.thumbnailOf(original.sha256()).get(30, TimeUnit.SECONDS).orElseThrow();

        assertThat(size(preview)).containsExactly(142, 320);
        assertThat(preview.sha256()).isNotEqualTo(original.sha256());
    }

    @Test
    void a_photo_taken_with_the_phone_on_its_side_is_previewed_upright() throws Exception {
        // Stored landscape, EXIF orientation 6: viewed turned 90° clockwise, so portrait.
        var original = store(ExifJpeg.withExif(640, 480, 6));

        var preview = thumbnails.thumbnailOf(original.sha256()).get(30, TimeUnit.SECONDS).orElseThrow();

        assertThat(size(preview)).containsExactly(240, 320);
    }

    @Test
    void a_small_photo_is_not_enlarged_and_the_same_photo_gives_the_same_preview() throws Exception {
        var original = store(ExifJpeg.image(100, 50, "jpg"));

        var first = thumbnails.thumbnailOf(original.sha256()).get(30, TimeUnit.SECONDS).orElseThrow();
        var second = thumbnails.thumbnailOf(original.sha256()).get(30, TimeUnit.SECONDS).orElseThrow();

        assertThat(size(first)).containsExactly(100, 50);
        assertThat(second.sha256()).isEqualTo(first.sha256());
    }

    @Test
    void an_undecodable_picture_video_or_sound_gets_no_preview_and_no_error() throws Exception {
        var brokenJpeg = new byte[2000];
        System.arraycopy(ExifJpeg.image(50, 50, "jpg"), 0, brokenJpeg, 0, 40);
        for (var bytes : new byte[][] {brokenJpeg, SampleFiles.MP4, SampleFiles.MP3_ID3}) {
            var original = store(bytes);

            assertThat(thumbnails.thumbnailOf(original.sha256()).get(30, TimeUnit.SECONDS)).isEmpty();
        }
        assertThat(ThumbnailService.canPreview("image/jpeg")).isTrue();
        assertThat(ThumbnailService.canPreview("image/png")).isTrue();
        assertThat(ThumbnailService.canPreview("image/heic")).isFalse();
        assertThat(ThumbnailService.canPreview("video/mp4")).isFalse();
        assertThat(ThumbnailService.canPreview("audio/mpeg")).isFalse();
    }

    @Test
    void when_the_pool_is_full_the_caller_is_told_at_once_and_nothing_runs_on_its_thread() {
        var full = new ThumbnailService(store, task -> {
            throw new TaskRejectedException("full");
        });
        var original = store(ExifJpeg.image(100, 50, "jpg"));

        var future = full.thumbnailOf(original.sha256());

        assertThat(future).isCompletedExceptionally();
        assertThatThrownBy(future::get).isInstanceOf(ExecutionException.class)
                .cause().isInstanceOfSatisfying(LocalizedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("evidence.thumbnail-busy"));
    }

    private StoredBlob store(byte[] bytes) {
        return store.store(new ByteArrayInputStream(bytes), "photo", UploadPolicy.OBSERVATION_MEDIA);
    }

    private List<Integer> size(StoredBlob blob) throws IOException {
        try (var in = store.open(blob.sha256())) {
            var image = ImageIO.read(in);
            return List.of(image.getWidth(), image.getHeight());
        }
    }
}
