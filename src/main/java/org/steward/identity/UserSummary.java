package org.steward.identity;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A user as shown to administrators and pickers; never carries the password hash. */
public record UserSummary(long id, String username, String displayName, @Nullable String email,
                          boolean enabled, Set<Role> roles, @Nullable Instant lockedUntil) {

    static UserSummary of(UserAccount a) {
        return new UserSummary(a.id() == null ? 0 : a.id(), a.username(), a.displayName(), a.email(),
                a.enabled(), a.roles(), a.lockedUntil());
    }
}
