package org.steward.ledger;

import java.time.Instant;
import org.steward.base.Sha256;

/**
 * The hash of a ledger entry: SHA-256, as 64 lower-case hex digits, over the UTF-8 bytes of its fields in the
 * order seq, occurredAt (ISO-8601), actor, action, subject, payload, prevHash, each written as
 * {@code <length in chars>:<value>;} so that no two different entries concatenate to the same text. Public so that
 * anyone holding an exported chain can recompute it independently.
 */
public final class LedgerHash {

    /** The previous hash of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    private LedgerHash() {
    }

    public static String of(long seq, Instant occurredAt, String actor, String action, String subject, String payload,
                     String prevHash) {
        var text = new StringBuilder(payload.length() + 256);
        for (var field : new String[] {Long.toString(seq), occurredAt.toString(), actor, action, subject, payload,
                prevHash}) {
            text.append(field.length()).append(':').append(field).append(';');
        }
        return Sha256.hex(text.toString());
    }

    public static String of(LedgerRecord e) {
        return of(e.seq(), e.occurredAt(), e.actor(), e.action(), e.subject(), e.payload(), e.prevHash());
    }
}
