package org.steward.webhook;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface WebhookDeliveries extends JpaRepository<WebhookDelivery, Long> {

    Page<WebhookDelivery> findByModelId(long modelId, Pageable page);

    long countByModelId(long modelId);

    @Query("""
            select d.id from WebhookDelivery d
            where d.state in :claimable and d.nextAttemptAt <= :now order by d.nextAttemptAt, d.id""")
    List<Long> findDue(@Param("claimable") Collection<DeliveryState> claimable, @Param("now") Instant now,
                       Pageable page);

    /** Claims a due delivery until {@code leaseUntil}; 1 when this caller got it, 0 when someone else did. */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("""
            update WebhookDelivery d set d.state = :sending, d.nextAttemptAt = :leaseUntil
            where d.id = :id and d.state in :claimable and d.nextAttemptAt <= :now""")
    int claim(@Param("id") long id, @Param("claimable") Collection<DeliveryState> claimable,
              @Param("sending") DeliveryState sending, @Param("now") Instant now,
              @Param("leaseUntil") Instant leaseUntil);
}
