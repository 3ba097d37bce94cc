package org.steward.dataset;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StoredDatasets extends JpaRepository<Dataset, Long> {

    Page<Dataset> findByModelId(long modelId, Pageable page);

    long countByModelId(long modelId);

    Optional<Dataset> findByVersionIdAndSha256AndMappingSha256(long versionId, String sha256, String mappingSha256);

    /** Stored datasets not (yet) encrypted with the active key, lowest id first. */
    @Query("select d.id from Dataset d where d.purgedAt is null and (d.keyId is null or d.keyId <> :active) "
            + "and d.id > :after order by d.id")
    List<Long> findNotEncryptedWith(String active, long after, Pageable page);

    @Query("select count(d) from Dataset d where d.purgedAt is null and (d.keyId is null or d.keyId <> :active)")
    long countNotEncryptedWith(String active);

    /** Stored datasets per key id (null: not encrypted yet), and purged ones. */
    @Query("select d.keyId, count(d) from Dataset d where d.purgedAt is null group by d.keyId")
    List<Object[]> countByKey();

    long countByPurgedAtIsNotNull();

    @Query("select distinct d.modelId from Dataset d where d.purgedAt is null")
    List<Long> findModelsWithRawData();

    @Query("select d.id from Dataset d where d.modelId = :modelId and d.purgedAt is null and d.uploadedAt < :cutoff "
            + "order by d.id")
    List<Long> findExpired(long modelId, Instant cutoff);
}
