package org.steward.ledger;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of walking the ledger: either intact (every entry checked, the latest checkpoint matches), or the
 * first broken entry and why.
 *
 * @param verified      entries checked and found sound before the walk ended or stopped
 * @param brokenAt      sequence number of the first broken entry, {@code null} when intact
 * @param reason        why that entry is broken, {@code null} when intact
 * @param checkpointSeq sequence number of the checkpoint that was compared, {@code null} if there was none
 */
public record VerificationResult(boolean intact, long verified, @Nullable Long brokenAt, @Nullable String reason,
                                 @Nullable Long checkpointSeq) {

    static VerificationResult intact(long verified, @Nullable Long checkpointSeq) {
        return new VerificationResult(true, verified, null, null, checkpointSeq);
    }

    static VerificationResult broken(long verified, long brokenAt, String reason, @Nullable Long checkpointSeq) {
        return new VerificationResult(false, verified, brokenAt, reason, checkpointSeq);
    }

    /** One line for people, e.g. "Intact: 12 entries verified, last checkpoint matches". */
    public String message() {
        if (intact) {
            return "Intact: " + verified + (verified == 1 ? " entry" : " entries") + " verified, "
                    + (checkpointSeq == null ? "no checkpoint yet" : "last checkpoint matches");
        }
        return "Broken at entry " + brokenAt + ": " + reason;
    }
}
