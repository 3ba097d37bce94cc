package org.steward.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The single row naming the newest entry; appenders lock it, which serialises them. */
@Entity
@Table(name = "ledger_head")
class LedgerHead {

    static final int ID = 1;

    @Id
    private Integer id = ID;

    @Column(nullable = false)
    private long seq;

    @Column(nullable = false, length = 64)
    private String hash = LedgerHash.GENESIS;

    protected LedgerHead() {
    }

    long seq() {
        return seq;
    }

    String hash() {
        return hash;
    }

    void advance(long seq, String hash) {
        this.seq = seq;
        this.hash = hash;
    }

    ChainVerifier.Anchor anchor() {
        return new ChainVerifier.Anchor(seq, hash);
    }
}
