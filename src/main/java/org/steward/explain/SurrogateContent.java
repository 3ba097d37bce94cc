package org.steward.explain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import org.springframework.data.domain.Persistable;

/** The surrogate behind an explanation, serialised; read only to explain single decisions. Never changes. */
@Entity
@Table(name = "explanation_surrogate")
class SurrogateContent implements Persistable<Long> {

    @Id
    @Column(name = "explanation_id")
    private long explanationId;

    @Column(nullable = false, updatable = false)
    private byte[] content = new byte[0];

    @Transient
    private boolean stored;

    protected SurrogateContent() {
    }

    SurrogateContent(long explanationId, byte[] content) {
        this.explanationId = explanationId;
        this.content = content;
    }

    byte[] content() {
        return content;
    }

    @Override
    public Long getId() {
        return explanationId;
    }

    @Override
    public boolean isNew() {
        return !stored;
    }

    @PostLoad
    @PostPersist
    void markStored() {
        stored = true;
    }
}
