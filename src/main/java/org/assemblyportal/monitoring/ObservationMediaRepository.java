package org.assemblyportal.monitoring;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Media rows are inserted and read, never updated or deleted. */
interface ObservationMediaRepository extends Repository<ObservationMedia, UUID> {

    ObservationMedia saveAndFlush(ObservationMedia media);

    Optional<ObservationMedia> findByChainIdAndSha256(UUID chainId, String sha256);

    long countByChainId(UUID chainId);

    /** Every file attached to an observation of the case, in the order they arrived. */
    @Query("""
            select m from ObservationMedia m
            where m.chainId in (select o.chainId from Observation o where o.caseId = :caseId) order by m.position""")
    List<ObservationMedia> findByCaseId(UUID caseId);

    /** A media row with the hash of its preview, if one has been made. */
    record WithThumbnail(ObservationMedia media, String thumbnailSha256) {
    }

    /** The media of these chains of versions with their previews, in the order they arrived: one query for a whole list. */
    @Query("""
            select new org.assemblyportal.monitoring.ObservationMediaRepository$WithThumbnail(m, t.thumbnailSha256)
            from ObservationMedia m left join MediaThumbnail t on t.originalSha256 = m.sha256
            where m.chainId in :chainIds order by m.position""")
    List<WithThumbnail> findByChainIds(Collection<UUID> chainIds);
}
