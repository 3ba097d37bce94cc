package org.steward.ledger;

import org.jspecify.annotations.Nullable;

/**
 * Walks ledger entries in sequence order and finds the first broken one, in O(n) time and constant memory: feed
 * it entries with {@link #accept} until it returns {@code false} or they run out, then ask {@link #finish}.
 * <ul>
 * <li>a sequence gap means rows were deleted (the entry after the gap is named);</li>
 * <li>a previous hash that is not the hash of the entry before means rows were inserted, deleted or reordered;</li>
 * <li>a stored hash that is not the hash of the entry's contents means the entry was edited;</li>
 * <li>a hash that differs from the checkpoint's at its sequence number means the chain was rewritten up to there;</li>
 * <li>entries beyond the head, or missing up to it, mean rows were appended or removed at the end.</li>
 * </ul>
 */
public final class ChainVerifier {

    /** A sequence number and the hash the entry there must have: the ledger head or a checkpoint. */
    public record Anchor(long seq, String hash) {
    }

    private final @Nullable Anchor head;
    private final @Nullable Anchor checkpoint;
    private long lastSeq;
    private String lastHash = LedgerHash.GENESIS;
    private @Nullable VerificationResult broken;

    /**
     * @param head       what the appenders recorded as the newest entry, or {@code null} to check the chain alone
     * @param checkpoint the latest checkpoint, or {@code null} if none has been taken
     */
    public ChainVerifier(@Nullable Anchor head, @Nullable Anchor checkpoint) {
        this.head = head;
        this.checkpoint = checkpoint;
    }

    /** Checks the next entry; {@code false} once the chain is broken (further entries are ignored). */
    public boolean accept(LedgerRecord entry) {
        if (broken != null) {
            return false;
        }
        long expected = lastSeq + 1;
        if (entry.seq() != expected) {
            return fail(entry.seq(), entry.seq() > expected
                    ? "sequence gap, entry " + expected + (entry.seq() - expected > 1 ? " to " + (entry.seq() - 1) : "")
                            + " missing (row deleted)"
                    : "out of sequence after entry " + lastSeq + " (row inserted or reordered)");
        }
        if (!entry.prevHash().equals(lastHash)) {
            return fail(entry.seq(), "previous hash does not match entry " + lastSeq
                    + " (row inserted, deleted or reordered)");
        }
        if (!LedgerHash.of(entry).equals(entry.hash())) {
            return fail(entry.seq(), "hash does not match its contents (row edited)");
        }
        if (checkpoint != null && checkpoint.seq() == entry.seq() && !checkpoint.hash().equals(entry.hash())) {
            return fail(entry.seq(), "hash differs from the checkpoint taken at this entry (chain rewritten)");
        }
        if (head != null && entry.seq() > head.seq()) {
            return fail(entry.seq(), "beyond the ledger head at entry " + head.seq() + " (row appended outside the "
                    + "ledger)");
        }
        lastSeq = entry.seq();
        lastHash = entry.hash();
        return true;
    }

    /** The verdict on everything accepted so far, including the end of the chain against head and checkpoint. */
    public VerificationResult finish() {
        if (broken != null) {
            return broken;
        }
        @Nullable Long checkpointSeq = checkpoint == null ? null : checkpoint.seq();
        if (checkpoint != null && checkpoint.seq() > lastSeq) {
            return VerificationResult.broken(lastSeq, lastSeq + 1, "missing, but the checkpoint covers entries up to "
                    + checkpoint.seq() + " (rows deleted from the end)", checkpointSeq);
        }
        if (head != null && head.seq() > lastSeq) {
            return VerificationResult.broken(lastSeq, lastSeq + 1, "missing, but the ledger head is at entry "
                    + head.seq() + " (rows deleted from the end)", checkpointSeq);
        }
        if (head != null && !head.hash().equals(lastHash)) {
            return VerificationResult.broken(lastSeq - 1, lastSeq, "hash differs from the ledger head (row edited)",
                    checkpointSeq);
        }
        return VerificationResult.intact(lastSeq, checkpointSeq);
    }

    private boolean fail(long seq, String reason) {
        broken = VerificationResult.broken(lastSeq, seq, reason, checkpoint == null ? null : checkpoint.seq());
        return false;
    }
}
