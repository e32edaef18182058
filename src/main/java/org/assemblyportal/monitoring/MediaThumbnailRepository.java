package org.assemblyportal.monitoring;

import java.util.Optional;
import org.springframework.data.repository.Repository;

/** Previews are recorded once and read, never updated or deleted. */
interface MediaThumbnailRepository extends Repository<MediaThumbnail, String> {

    MediaThumbnail saveAndFlush(MediaThumbnail thumbnail);

    boolean existsById(String originalSha256);

    Optional<MediaThumbnail> findById(String originalSha256);
}
