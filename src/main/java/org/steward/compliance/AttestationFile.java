package org.steward.compliance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import org.springframework.data.domain.Persistable;

/** The file attached to an attestation, kept as uploaded; its SHA-256 is on the attestation. Never changes. */
@Entity
@Table(name = "compliance_attestation_file")
class AttestationFile implements Persistable<Long> {

    @Id
    @Column(name = "attestation_id")
    private long attestationId;

    @Column(nullable = false, updatable = false)
    private byte[] content = new byte[0];

    @Transient
    private boolean stored;

    protected AttestationFile() {
    }

    AttestationFile(long attestationId, byte[] content) {
        this.attestationId = attestationId;
        this.content = content;
    }

    byte[] content() {
        return content;
    }

    @Override
    public Long getId() {
        return attestationId;
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
