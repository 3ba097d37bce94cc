package org.steward.monitoring;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ServingPeriods extends JpaRepository<ServingPeriod, Long> {

    Optional<ServingPeriod> findByModelIdAndIdempotencyKey(long modelId, String idempotencyKey);

    List<ServingPeriod> findByModelIdOrderByPeriodEndDescIdDesc(long modelId, Pageable page);

    long countByModelId(long modelId);

    /** The version's periods that overlap [from, to], oldest first. */
    @Query("select p from ServingPeriod p where p.versionId = :versionId and p.periodEnd >= :from "
            + "and p.periodStart <= :to order by p.periodStart, p.id")
    List<ServingPeriod> overlapping(long versionId, Instant from, Instant to);
}
