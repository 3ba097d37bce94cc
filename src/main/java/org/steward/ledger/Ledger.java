package org.steward.ledger;

import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/** The compliance ledger for auditors: lists entries and verifies the whole hash chain. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('AUDITOR', 'RISK_OFFICER', 'ADMIN')")
public class Ledger {

    /** Entries read per query while verifying; the walk never holds more than this many. */
    static final int BATCH = 1000;
    private static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "seq");

    private final LedgerEntries entries;
    private final LedgerHeads heads;
    private final LedgerCheckpoints checkpoints;

    Ledger(LedgerEntries entries, LedgerHeads heads, LedgerCheckpoints checkpoints) {
        this.entries = entries;
        this.heads = heads;
        this.checkpoints = checkpoints;
    }

    /** A page of entries matching the filter, newest first unless the page is sorted. */
    public List<LedgerRecord> entries(LedgerFilter filter, Pageable page) {
        var request = page.getSort().isSorted() ? page
                : PageRequest.of(page.getPageNumber(), page.getPageSize(), NEWEST_FIRST);
        return entries.findBy(LedgerQueries.matching(filter), q -> q.slice(request))
                .map(LedgerEntry::toRecord).getContent();
    }

    public long count(LedgerFilter filter) {
        return entries.count(LedgerQueries.matching(filter));
    }

    /**
     * Every entry about exactly {@code subject} (e.g. {@code model:12}), oldest first: the trail an evidence pack
     * quotes. Business owners, who may export their models' evidence packs, may read it too.
     */
    @PreAuthorize("hasAnyRole('AUDITOR', 'RISK_OFFICER', 'ADMIN', 'BUSINESS_OWNER')")
    public List<LedgerRecord> trail(String subject) {
        return entries.findAll((root, query, cb) -> cb.equal(root.get("subject"), subject), Sort.by("seq"))
                .stream().map(LedgerEntry::toRecord).toList();
    }

    /** {@link #verify()} for an evidence pack, which business owners may export as well. */
    @PreAuthorize("hasAnyRole('AUDITOR', 'RISK_OFFICER', 'ADMIN', 'BUSINESS_OWNER')")
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public VerificationResult verifyForEvidence() {
        return verify();
    }

    /**
     * Walks the whole chain in batches of {@value #BATCH} in one consistent snapshot, checking links, hashes, the
     * ledger head and the latest checkpoint, and names the first broken entry.
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public VerificationResult verify() {
        var head = heads.read().anchor();
        var checkpoint = checkpoints.findFirstByOrderBySeqDescIdDesc().map(LedgerCheckpoint::anchor).orElse(null);
        var verifier = new ChainVerifier(head, checkpoint);
        long after = 0;
        while (true) {
            var batch = entries.batchAfter(after, Limit.of(BATCH));
            for (var entry : batch) {
                if (!verifier.accept(entry)) {
                    return verifier.finish();
                }
            }
            if (batch.size() < BATCH) {
                return verifier.finish();
            }
            after = batch.getLast().seq();
        }
    }
}
