package org.steward.identity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A personal API token; only the SHA-256 of its secret is stored. */
@Entity
@Table(name = "api_token")
class ApiToken {

    static final int NAME_MAX = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "user_id")
    private UserAccount owner;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(nullable = false, length = 16)
    private String prefix;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at")
    private @Nullable Instant expiresAt;

    @Column(name = "last_used_at")
    private @Nullable Instant lastUsedAt;

    @Column(name = "revoked_at")
    private @Nullable Instant revokedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "api_token_scope", joinColumns = @JoinColumn(name = "token_id"))
    @Column(name = "scope")
    @Enumerated(EnumType.STRING)
    private Set<ApiScope> scopes = EnumSet.noneOf(ApiScope.class);

    @Version
    private long version;

    protected ApiToken() {
        this.owner = new UserAccount();
        this.name = "";
        this.tokenHash = "";
        this.prefix = "";
        this.createdAt = Instant.EPOCH;
    }

    ApiToken(UserAccount owner, String name, String tokenHash, String prefix, Set<ApiScope> scopes,
             Instant createdAt, @Nullable Instant expiresAt) {
        this.owner = owner;
        this.name = name;
        this.tokenHash = tokenHash;
        this.prefix = prefix;
        this.scopes = EnumSet.copyOf(scopes);
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    @Nullable Long id() {
        return id;
    }

    UserAccount owner() {
        return owner;
    }

    String name() {
        return name;
    }

    String prefix() {
        return prefix;
    }

    Set<ApiScope> scopes() {
        return Set.copyOf(scopes);
    }

    Instant createdAt() {
        return createdAt;
    }

    @Nullable Instant expiresAt() {
        return expiresAt;
    }

    @Nullable Instant lastUsedAt() {
        return lastUsedAt;
    }

    @Nullable Instant revokedAt() {
        return revokedAt;
    }

    boolean usableAt(Instant now) {
        return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now)) && owner.enabled();
    }

    void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }
}
