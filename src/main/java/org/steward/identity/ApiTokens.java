package org.steward.identity;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ApiTokens extends JpaRepository<ApiToken, Long> {

    Optional<ApiToken> findByTokenHash(String tokenHash);

    Slice<ApiToken> findByOwnerUsernameOrderByCreatedAtDesc(String username, Pageable pageable);

    long countByOwnerUsername(String username);

    /** Records use at most once a minute per token, so that reads do not each cost a write. */
    @Modifying
    @Query("""
            update ApiToken t set t.lastUsedAt = :now
            where t.id = :id and (t.lastUsedAt is null or t.lastUsedAt < :staleBefore)
            """)
    int touch(long id, Instant now, Instant staleBefore);
}
