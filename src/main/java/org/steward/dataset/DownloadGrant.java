package org.steward.dataset;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A user's permission to download raw samples, whatever their roles; given by an administrator with a reason. */
@Entity
@Table(name = "dataset_download_grant")
class DownloadGrant {

    @Id
    private String username = "";

    @Column(name = "granted_by", nullable = false, updatable = false)
    private String grantedBy = "";

    @Column(name = "granted_at", nullable = false, updatable = false)
    private Instant grantedAt = Instant.EPOCH;

    @Column(nullable = false, updatable = false, length = Dataset.PURGE_REASON_MAX)
    private String reason = "";

    @Version
    private @Nullable Long version;

    protected DownloadGrant() {
    }

    DownloadGrant(String username, String grantedBy, Instant grantedAt, String reason) {
        this.username = username;
        this.grantedBy = grantedBy;
        this.grantedAt = grantedAt;
        this.reason = reason;
    }

    AccessGrant view() {
        return new AccessGrant(username, grantedBy, grantedAt, reason);
    }
}
