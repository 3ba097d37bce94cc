package org.steward.dataset;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import org.springframework.data.domain.Persistable;

/**
 * The stored sample of a {@link Dataset}: the gzip-compressed CSV without the dropped columns, encrypted with the
 * key its dataset names ({@link ContentCipher}); re-encrypted, never otherwise changed.
 * Its id is its dataset's, so it tells Spring Data itself whether it is new (and is inserted, never merged).
 */
@Entity
@Table(name = "dataset_content")
class DatasetContent implements Persistable<Long> {

    @Id
    @Column(name = "dataset_id")
    private long datasetId;

    // not copied on the way in or out: it may be tens of megabytes; only key rotation replaces it
    @Column(nullable = false)
    private byte[] content = new byte[0];

    @Transient
    private boolean stored;

    protected DatasetContent() {
    }

    DatasetContent(long datasetId, byte[] content) {
        this.datasetId = datasetId;
        this.content = content;
    }

    byte[] content() {
        return content;
    }

    void replace(byte[] sealed) {
        this.content = sealed;
    }

    @Override
    public Long getId() {
        return datasetId;
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
