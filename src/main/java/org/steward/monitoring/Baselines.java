package org.steward.monitoring;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Baselines extends JpaRepository<Baseline, Long> {

    Optional<Baseline> findFirstByVersionIdOrderByIdDesc(long versionId);

    long countByModelId(long modelId);

    /** Baselines not (yet) sealed with the active key, lowest id first. */
    @Query("select b.id from Baseline b where (b.keyId is null or b.keyId <> :active) and b.id > :after "
            + "order by b.id")
    List<Long> findNotEncryptedWith(String active, long after, Pageable page);

    @Query("select count(b) from Baseline b where b.keyId is null or b.keyId <> :active")
    long countNotEncryptedWith(String active);

    /** Baselines per key id (null: stored before encryption at rest, not sealed yet). */
    @Query("select b.keyId, count(b) from Baseline b group by b.keyId")
    List<Object[]> countByKey();

    @Query("select distinct b.modelId from Baseline b where b.exactPurgedAt is null")
    List<Long> findModelsWithExactValues();

    @Query("select b.id from Baseline b where b.modelId = :modelId and b.exactPurgedAt is null "
            + "and b.createdAt < :cutoff order by b.id")
    List<Long> findExpired(long modelId, Instant cutoff);

    @Query("select b.id from Baseline b where b.modelId = :modelId and b.exactPurgedAt is null order by b.id")
    List<Long> findWithExactValues(long modelId);

    @Query("select b.id from Baseline b where b.datasetId = :datasetId and b.exactPurgedAt is null order by b.id")
    List<Long> findWithExactValuesFrom(long datasetId);
}
