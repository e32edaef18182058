package org.assemblyportal.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.concurrent.TimeUnit;
import org.assemblyportal.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The media pieces as the application assembles them: their own thumbnail threads beside Boot's. */
@ServiceTest
class MediaEvidenceWiringTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    BlobStore store;
    @Autowired
    ThumbnailService thumbnails;
    @Autowired
    CaptureMetadataReader metadata;

    @Test
    void thumbnails_have_their_own_pool_and_the_application_keeps_its_task_executor() throws Exception {
        assertThat(context.containsBean("applicationTaskExecutor")).isTrue();
        assertThat(context.containsBean(EvidenceConfiguration.THUMBNAIL_EXECUTOR)).isTrue();
        var photo = store.store(new ByteArrayInputStream(ExifJpeg.withExif(640, 480, 6)), "IMG.jpg",
                UploadPolicy.OBSERVATION_MEDIA);

        var preview = thumbnails.thumbnailOf(photo.sha256()).get(30, TimeUnit.SECONDS);

        assertThat(preview).hasValueSatisfying(p -> assertThat(p.sha256()).isNotEqualTo(photo.sha256()));
        assertThat(metadata.read(photo.sha256()).model()).isEqualTo(ExifJpeg.MODEL);
    }
}
