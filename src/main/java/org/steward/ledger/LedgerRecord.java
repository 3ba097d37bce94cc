package org.steward.ledger;

import java.time.Instant;

/** One entry of the compliance ledger as stored: the event, and its link into the hash chain. */
public record LedgerRecord(long seq, Instant occurredAt, String actor, String action, String subject, String payload,
                           String prevHash, String hash) {
}
