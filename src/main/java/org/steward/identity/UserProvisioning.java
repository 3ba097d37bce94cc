package org.steward.identity;

import java.time.Clock;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates users at start-up (demo users, the first administrator). Not reachable from the UI or API:
 * ArchUnit allows only start-up code to call it.
 */
@Service
@Transactional
public class UserProvisioning {

    private static final Logger log = LoggerFactory.getLogger(UserProvisioning.class);

    private final UserAccounts accounts;
    private final PasswordEncoder encoder;
    private final Clock clock;

    UserProvisioning(UserAccounts accounts, PasswordEncoder encoder, Clock clock) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.clock = clock;
    }

    /** Creates the user unless one with that name exists; returns whether it was created. */
    public boolean ensureUser(String username, String displayName, String email, String rawPassword, Set<Role> roles) {
        if (accounts.findByUsername(username).isPresent()) {
            return false;
        }
        accounts.save(new UserAccount(username, displayName, email, encoder.encode(rawPassword), roles, clock.instant()));
        return true;
    }

    /** On an empty database, creates {@code admin} with a random password and logs it once. */
    public void ensureFirstAdmin() {
        if (accounts.count() > 0) {
            return;
        }
        var password = UserManagement.generatePassword();
        ensureUser("admin", "Administrator", null, password, Set.of(Role.ADMIN));
        log.warn("No users existed: created user 'admin' with password '{}'. Sign in and change it now.", password);
    }
}
