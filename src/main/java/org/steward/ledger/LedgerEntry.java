package org.steward.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import org.springframework.data.domain.Persistable;

/** One link of the hash chain; entries are only ever inserted. */
@Entity
@Table(name = "ledger_entry")
class LedgerEntry implements Persistable<Long> {

    @Id
    private long seq;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt = Instant.EPOCH;

    @Column(nullable = false, updatable = false)
    private String actor = "";

    @Column(nullable = false, updatable = false, length = 64)
    private String action = "";

    @Column(nullable = false, updatable = false)
    private String subject = "";

    @Column(nullable = false, updatable = false, columnDefinition = "text")
    private String payload = "";

    @Column(name = "prev_hash", nullable = false, updatable = false, length = 64)
    private String prevHash = "";

    @Column(nullable = false, updatable = false, length = 64)
    private String hash = "";

    @Transient
    private boolean stored;

    protected LedgerEntry() {
    }

    LedgerEntry(LedgerRecord r) {
        this.seq = r.seq();
        this.occurredAt = r.occurredAt();
        this.actor = r.actor();
        this.action = r.action();
        this.subject = r.subject();
        this.payload = r.payload();
        this.prevHash = r.prevHash();
        this.hash = r.hash();
    }

    @Override
    public Long getId() {
        return seq;
    }

    /** Sequence numbers are assigned, so tell Spring Data a fresh entry is new rather than let it merge. */
    @Override
    public boolean isNew() {
        return !stored;
    }

    @PostLoad
    @PostPersist
    void markStored() {
        stored = true;
    }

    long seq() {
        return seq;
    }

    String hash() {
        return hash;
    }

    LedgerRecord toRecord() {
        return new LedgerRecord(seq, occurredAt, actor, action, subject, payload, prevHash, hash);
    }
}
