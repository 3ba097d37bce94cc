package org.steward.identity;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** An API token as its owner sees it: never the secret. */
public record ApiTokenSummary(long id, String name, String prefix, Set<ApiScope> scopes, Instant createdAt,
                              @Nullable Instant expiresAt, @Nullable Instant lastUsedAt, @Nullable Instant revokedAt) {

    static ApiTokenSummary of(ApiToken t) {
        return new ApiTokenSummary(t.id() == null ? 0 : t.id(), t.name(), t.prefix(), t.scopes(), t.createdAt(),
                t.expiresAt(), t.lastUsedAt(), t.revokedAt());
    }

    public boolean active(Instant now) {
        return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
    }
}
