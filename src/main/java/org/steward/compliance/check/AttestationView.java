package org.steward.compliance.check;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A manual attestation that a model meets one requirement: the statement, the attached file (name, size, SHA-256),
 * who attested when, until when it counts, and its withdrawal if any.
 */
public record AttestationView(long id, long modelId, String frameworkCode, int frameworkRevision,
                              String requirementCode, String statement, String fileName, String fileType,
                              long fileSize, String fileSha256, String attestedBy, Instant attestedAt,
                              Instant expiresAt, @Nullable String withdrawnBy, @Nullable Instant withdrawnAt,
                              @Nullable String withdrawalReason) {

    /** Whether it counts at {@code t}: given by then, not expired and not withdrawn by then. */
    public boolean currentAt(Instant t) {
        return !attestedAt.isAfter(t) && t.isBefore(expiresAt) && (withdrawnAt == null || withdrawnAt.isAfter(t));
    }

    /** Whether it had expired by {@code t}. */
    public boolean expiredAt(Instant t) {
        return !t.isBefore(expiresAt);
    }

    /** Whether it was withdrawn by {@code t}. */
    public boolean withdrawnAt(Instant t) {
        return withdrawnAt != null && !withdrawnAt.isAfter(t);
    }
}
