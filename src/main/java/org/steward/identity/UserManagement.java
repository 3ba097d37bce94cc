package org.steward.identity;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.base.ConflictException;
import org.steward.base.InvalidInputException;
import org.steward.base.NotFoundException;
import org.steward.base.Validation;

/** Administration of users: create, enable/disable, reset passwords, assign roles; never loses the last admin. */
@Service
@Transactional
public class UserManagement {

    static final int MIN_PASSWORD_LENGTH = PasswordPolicy.MIN_LENGTH;
    private static final String PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserAccounts accounts;
    private final PasswordEncoder encoder;
    private final Validation validation;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    UserManagement(UserAccounts accounts, PasswordEncoder encoder, Validation validation, CurrentUser currentUser,
                   ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.validation = validation;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** A user created by an administrator, with the one-time password to hand over. */
    public record CreatedUser(UserSummary user, String temporaryPassword) {
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<UserSummary> list(String text, Pageable page) {
        return accounts.search(normalise(text), page).map(UserSummary::of).getContent();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public long count(String text) {
        return accounts.countSearch(normalise(text));
    }

    @PreAuthorize("hasRole('ADMIN')")
    public CreatedUser create(NewUser user) {
        var errors = new HashMap<>(validation.violations(user));
        if (!errors.containsKey("username") && accounts.existsByUsernameIgnoreCase(user.username())) {
            errors.put("username", "a user with this name exists already");
        }
        Validation.throwIfAny(errors);
        var password = generatePassword();
        var account = accounts.save(new UserAccount(user.username(), user.displayName().strip(),
                blankToNull(user.email()), encoder.encode(password), user.roles(), clock.instant()));
        publish(account.username(), "USER_CREATED", "created with roles " + user.roles());
        return new CreatedUser(UserSummary.of(account), password);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public UserSummary setEnabled(long userId, boolean enabled) {
        var account = find(userId);
        if (!enabled && account.isActiveAdmin() && accounts.countActiveAdmins() <= 1) {
            throw new ConflictException("This is the last active administrator; make another user an administrator first.");
        }
        account.setEnabled(enabled);
        publish(account.username(), enabled ? "USER_ENABLED" : "USER_DISABLED", enabled ? "enabled" : "disabled");
        return UserSummary.of(account);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public UserSummary setRoles(long userId, Set<Role> roles) {
        if (roles.isEmpty()) {
            throw InvalidInputException.of("roles", "choose at least one role");
        }
        var account = find(userId);
        if (account.isActiveAdmin() && !roles.contains(Role.ADMIN) && accounts.countActiveAdmins() <= 1) {
            throw new ConflictException("This is the last active administrator; make another user an administrator first.");
        }
        var before = account.roles();
        account.setRoles(roles);
        publish(account.username(), "USER_ROLES_CHANGED", "roles " + before + " -> " + roles);
        return UserSummary.of(account);
    }

    /** Sets a new random password, clears any sign-in lock and returns the password to hand over once. */
    @PreAuthorize("hasRole('ADMIN')")
    public String resetPassword(long userId) {
        var account = find(userId);
        var password = generatePassword();
        account.changePassword(encoder.encode(password));
        publish(account.username(), "USER_PASSWORD_RESET", "password reset by an administrator");
        return password;
    }

    /** Lets the signed-in user choose a new password after proving the current one. */
    @PreAuthorize("isAuthenticated()")
    public void changeOwnPassword(String currentPassword, String newPassword) {
        var account = accounts.findByUsername(currentUser.username())
                .orElseThrow(() -> new NotFoundException("Your account no longer exists."));
        if (!encoder.matches(currentPassword, account.passwordHash())) {
            throw InvalidInputException.of("currentPassword", "this is not your current password");
        }
        var problem = PasswordPolicy.problem(newPassword, account.username(), account.displayName());
        if (problem == null && encoder.matches(newPassword, account.passwordHash())) {
            problem = "choose a password different from your current one";
        }
        if (problem != null) {
            throw InvalidInputException.of("newPassword", problem);
        }
        account.changePassword(encoder.encode(newPassword));
        publish(account.username(), "USER_PASSWORD_CHANGED", "password changed by the user");
    }

    private UserAccount find(long userId) {
        return accounts.findById(userId).orElseThrow(() -> new NotFoundException("User " + userId + " does not exist."));
    }

    private void publish(String username, String kind, String summary) {
        events.publishEvent(new AccountChanged(username, kind, summary, currentUser.username(), clock.instant()));
    }

    static String generatePassword() {
        var sb = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            sb.append(PASSWORD_ALPHABET.charAt(RANDOM.nextInt(PASSWORD_ALPHABET.length())));
        }
        return sb.toString();
    }

    /** Lower-cased search text with LIKE wildcards escaped, so that '_' finds an underscore. */
    private static String normalise(String text) {
        return text == null ? "" : text.strip().toLowerCase()
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
