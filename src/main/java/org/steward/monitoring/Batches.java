package org.steward.monitoring;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Batches extends JpaRepository<Batch, Long> {

    Optional<Batch> findByModelIdAndIdempotencyKey(long modelId, String idempotencyKey);

    List<Batch> findByVersionIdOrderByIdDesc(long versionId, Pageable page);

    List<Batch> findByVersionIdAndIdLessThanEqualOrderByIdDesc(long versionId, long lastId, Pageable page);

    List<Batch> findByVersionIdAndIdLessThanEqualAndObservedAtAfterOrderByIdDesc(long versionId, long lastId,
                                                                                 Instant after);

    long countByModelId(long modelId);

    /** Versions whose newest batch is newer than their newest evaluation (or that have none). */
    @Query("""
            select b.versionId from Batch b group by b.versionId
            having max(b.id) > coalesce((select max(e.lastBatchId) from Evaluation e where e.versionId = b.versionId), 0)
            """)
    List<Long> versionsWithNewBatches();
}
