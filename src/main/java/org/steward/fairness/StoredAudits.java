package org.steward.fairness;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** The recorded fairness audits. */
interface StoredAudits extends JpaRepository<StoredAudit, Long> {

    String LATEST_PER_VERSION = "a.id = (select max(b.id) from StoredAudit b where b.versionId = a.versionId)";

    Optional<StoredAudit> findFirstByVersionIdOrderByIdDesc(long versionId);

    Optional<StoredAudit> findFirstByModelIdAndVersionIdOrderByIdDesc(long modelId, long versionId);

    Page<StoredAudit> findByModelIdOrderByIdDesc(long modelId, Pageable page);

    long countByModelId(long modelId);

    /** The latest audit of each version, where that audit's re-audit is due by {@code now}, most overdue first. */
    @Query("select a from StoredAudit a where a.dueAt <= :now and " + LATEST_PER_VERSION
            + " order by a.dueAt, a.id")
    List<StoredAudit> findDue(Instant now, Pageable page);

    @Query("select count(a) from StoredAudit a where a.dueAt <= :now and " + LATEST_PER_VERSION)
    long countDue(Instant now);

    /** The ids of latest audits that are due and not announced yet. */
    @Query("select a.id from StoredAudit a where a.dueAt <= :now and a.dueAnnouncedAt is null and "
            + LATEST_PER_VERSION + " order by a.id")
    List<Long> findDueUnannounced(Instant now, Pageable page);

    /** Marks an audit announced unless someone else did; 1 if this call did. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update StoredAudit a set a.dueAnnouncedAt = :at, a.version = a.version + 1 "
            + "where a.id = :id and a.dueAnnouncedAt is null")
    int markAnnounced(long id, Instant at);
}
