package org.steward.compliance;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Attestations extends JpaRepository<Attestation, Long> {

    List<Attestation> findByModelIdOrderByIdAsc(long modelId);

    List<Attestation> findByModelIdOrderByIdDesc(long modelId, Pageable page);

    long countByModelId(long modelId);

    /** Attestations in force at {@code now} that expire before {@code limit}, soonest first. */
    @Query("select a from Attestation a where a.withdrawnAt is null and a.expiresAt > :now and a.expiresAt <= :limit "
            + "order by a.expiresAt, a.id")
    List<Attestation> expiringBetween(Instant now, Instant limit, Pageable page);

    @Query("select count(a) from Attestation a where a.withdrawnAt is null and a.expiresAt > :now "
            + "and a.expiresAt <= :limit")
    long countExpiringBetween(Instant now, Instant limit);
}
