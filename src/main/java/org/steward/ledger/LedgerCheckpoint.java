package org.steward.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A copy of the head at some moment; a later rewrite of the chain up to it no longer matches. */
@Entity
@Table(name = "ledger_checkpoint")
class LedgerCheckpoint {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, updatable = false)
    private long seq;

    @Column(nullable = false, updatable = false, length = 64)
    private String hash = "";

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.EPOCH;

    protected LedgerCheckpoint() {
    }

    LedgerCheckpoint(long seq, String hash, Instant createdAt) {
        this.seq = seq;
        this.hash = hash;
        this.createdAt = createdAt;
    }

    long seq() {
        return seq;
    }

    String hash() {
        return hash;
    }

    ChainVerifier.Anchor anchor() {
        return new ChainVerifier.Anchor(seq, hash);
    }
}
