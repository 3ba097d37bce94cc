package org.steward.ledger;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface LedgerEntries extends Repository<LedgerEntry, Long>, JpaSpecificationExecutor<LedgerEntry> {

    LedgerEntry save(LedgerEntry entry);

    Optional<LedgerEntry> findFirstByOrderBySeqDesc();

    /** The next batch of a walk in sequence order, as detached values so that a walk keeps no entities. */
    @Query("""
            select new org.steward.ledger.LedgerRecord(e.seq, e.occurredAt, e.actor, e.action, e.subject, e.payload,
                   e.prevHash, e.hash)
            from LedgerEntry e where e.seq > :after order by e.seq""")
    List<LedgerRecord> batchAfter(long after, Limit limit);
}
