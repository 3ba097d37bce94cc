package org.steward.monitoring;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Batches extends JpaRepository<Batch, Long> {

    Optional<Batch> findByModelIdAndIdempotencyKey(long modelId, String idempotencyKey);

    Optional<Batch> findFirstByVersionIdAndRawPurgedAtIsNullOrderByIdDesc(long versionId);

    List<Batch> findByVersionIdAndIdLessThanEqualOrderByIdDesc(long versionId, long lastId, Pageable page);

    List<Batch> findByVersionIdAndIdLessThanEqualAndObservedAtAfterOrderByIdDesc(long versionId, long lastId,
                                                                                 Instant after);

    List<Batch> findByModelIdOrderByIdDesc(long modelId, Pageable page);

    long countByModelId(long modelId);

    /** Versions whose newest batch with raw data is newer than their newest evaluation (or that have none). */
    @Query("""
            select b.versionId from Batch b where b.rawPurgedAt is null group by b.versionId
            having max(b.id) > coalesce((select max(e.lastBatchId) from Evaluation e where e.versionId = b.versionId), 0)
            """)
    List<Long> versionsWithNewBatches();

    /** When the raw data of the version's batches in this id range was last purged; null if none was. */
    @Query("select max(b.rawPurgedAt) from Batch b where b.versionId = :versionId and b.id between :first and :last")
    Optional<Instant> lastPurgeBetween(long versionId, long first, long last);

    /** Batches with raw data not (yet) sealed with the active key, lowest id first. */
    @Query("select b.id from Batch b where b.rawPurgedAt is null and (b.keyId is null or b.keyId <> :active) "
            + "and b.id > :after order by b.id")
    List<Long> findNotEncryptedWith(String active, long after, Pageable page);

    @Query("select count(b) from Batch b where b.rawPurgedAt is null and (b.keyId is null or b.keyId <> :active)")
    long countNotEncryptedWith(String active);

    /** Batches with raw data per key id (null: stored before encryption at rest, not sealed yet). */
    @Query("select b.keyId, count(b) from Batch b where b.rawPurgedAt is null group by b.keyId")
    List<Object[]> countByKey();

    @Query("select distinct b.modelId from Batch b where b.rawPurgedAt is null")
    List<Long> findModelsWithRawData();

    @Query("select b.id from Batch b where b.modelId = :modelId and b.rawPurgedAt is null and b.receivedAt < :cutoff "
            + "order by b.id")
    List<Long> findExpired(long modelId, Instant cutoff, Pageable page);

    @Query("select b.id from Batch b where b.modelId = :modelId and b.rawPurgedAt is null order by b.id")
    List<Long> findWithRawData(long modelId, Pageable page);
}
