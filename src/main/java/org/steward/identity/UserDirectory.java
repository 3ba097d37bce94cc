package org.steward.identity;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read-only look-ups of users for other parts of the register (e.g. who may own a model). */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class UserDirectory {

    private final UserAccounts accounts;

    UserDirectory(UserAccounts accounts) {
        this.accounts = accounts;
    }

    /** Enabled users who hold {@code role}, by display name. */
    public List<UserSummary> activeUsersWithRole(Role role) {
        return accounts.findActiveWithRole(role).stream().map(UserSummary::of).toList();
    }

    public boolean isActiveWithRole(String username, Role role) {
        return accounts.findByUsername(username)
                .filter(UserAccount::enabled)
                .filter(a -> a.roles().contains(role))
                .isPresent();
    }
}
