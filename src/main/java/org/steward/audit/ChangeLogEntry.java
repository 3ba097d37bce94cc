package org.steward.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One recorded change; entries are only ever inserted. */
@Entity
@Table(name = "change_log")
class ChangeLogEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "model_id", updatable = false)
    private @Nullable Long modelId;

    @Column(nullable = false, updatable = false)
    private String subject = "";

    @Column(nullable = false, updatable = false)
    private String kind = "";

    @Column(nullable = false, updatable = false, length = 2000)
    private String summary = "";

    @Column(nullable = false, updatable = false)
    private String actor = "";

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt = Instant.EPOCH;

    protected ChangeLogEntry() {
    }

    ChangeLogEntry(@Nullable Long modelId, String subject, String kind, String summary, String actor, Instant at) {
        this.modelId = modelId;
        this.subject = subject;
        this.kind = kind;
        this.summary = summary.length() > 2000 ? summary.substring(0, 1999) + "…" : summary;
        this.actor = actor;
        this.occurredAt = at;
    }

    ChangeRecord toRecord() {
        return new ChangeRecord(id == null ? 0 : id, modelId, subject, kind, summary, actor, occurredAt);
    }
}
