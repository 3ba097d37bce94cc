package org.steward.identity;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.UUID;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Fresh users for tests that change state: the demo users are a shared fixture and stay untouched.
 * Users are created through {@link UserProvisioning}, so their password is known.
 */
public final class TestUsers {

    public static final String PASSWORD = "correct-horse-battery-staple";

    private TestUsers() {
    }

    /** A user name nobody else uses, e.g. {@code lock-3f2a…}. */
    public static String uniqueName(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    /** Creates a user with {@link #PASSWORD} and the given roles; returns the user name. */
    public static String create(UserProvisioning provisioning, String prefix, Role first, Role... more) {
        var username = uniqueName(prefix);
        var roles = EnumSet.of(first);
        roles.addAll(Arrays.asList(more));
        provisioning.ensureUser(username, "Test " + prefix, null, PASSWORD, roles);
        return username;
    }

    /** Acts as {@code username} (as loaded by the application's user details) on this thread. */
    public static void signIn(UserDetailsService users, String username) {
        var details = users.loadUserByUsername(username);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }

    public static void signOut() {
        SecurityContextHolder.clearContext();
    }
}
