package org.steward.base;

import java.time.Instant;

/**
 * Something governance-relevant happened. Every feature's domain events implement this, so that the change
 * log and the compliance ledger can record them without depending on the features themselves.
 */
public interface GovernanceEvent {

    /** Who did it (a user name). */
    String actor();

    Instant at();

    /** A stable machine-readable kind, e.g. {@code MODEL_REGISTERED}. */
    String kind();

    /** What it is about, e.g. {@code model:12} or {@code user:alice}. */
    String subject();

    /** One human-readable sentence. */
    String summary();
}
