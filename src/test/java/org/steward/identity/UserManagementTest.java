package org.steward.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithUserDetails;
import org.steward.base.InvalidInputException;

/** The administration service on the shared demo database; every changed user is created by the test. */
@SpringBootTest
@AutoConfigureMockMvc
class UserManagementTest {

    @Autowired
    UserManagement users;

    @Autowired
    UserProvisioning provisioning;

    @Autowired
    UserAccounts accounts;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    PasswordEncoder encoder;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    @WithUserDetails("dev")
    void non_administrators_may_not_call_any_administration_method() {
        var someone = idOf(TestUsers.create(provisioning, "victim", Role.END_USER));
        var newUser = new NewUser(TestUsers.uniqueName("sneaky"), "Sneaky", null, Set.of(Role.ADMIN));

        assertDenied(() -> users.list("", PageRequest.of(0, 10)));
        assertDenied(() -> users.count(""));
        assertDenied(() -> users.create(newUser));
        assertDenied(() -> users.setEnabled(someone, false));
        assertDenied(() -> users.setRoles(someone, Set.of(Role.ADMIN)));
        assertDenied(() -> users.resetPassword(someone));

        assertThat(accounts.findByUsername(newUser.username())).isEmpty();
        var victim = accounts.findById(someone).orElseThrow();
        assertThat(victim.enabled()).isTrue();
        assertThat(victim.roles()).containsExactly(Role.END_USER);
    }

    @Test
    @WithUserDetails("auditor")
    void auditors_may_not_list_users_either() {
        assertDenied(() -> users.list("", PageRequest.of(0, 10)));
    }

    @Test
    @WithUserDetails("admin")
    void administrator_creates_a_user_whose_one_time_password_signs_in() {
        var name = TestUsers.uniqueName("new");

        var created = users.create(new NewUser(name, "  New Person ", "new@steward.example", Set.of(Role.AUDITOR)));

        assertThat(created.user().username()).isEqualTo(name);
        assertThat(created.user().displayName()).isEqualTo("New Person");
        assertThat(created.user().roles()).containsExactly(Role.AUDITOR);
        assertThat(created.temporaryPassword()).hasSizeGreaterThanOrEqualTo(UserManagement.MIN_PASSWORD_LENGTH);
        var hash = accounts.findByUsername(name).orElseThrow().passwordHash();
        assertThat(hash).startsWith("{bcrypt}");
        assertThat(encoder.matches(created.temporaryPassword(), hash)).isTrue();
    }

    @Test
    @WithUserDetails("admin")
    void duplicate_user_name_is_a_field_error() {
        var name = TestUsers.uniqueName("dup");
        users.create(new NewUser(name, "First", null, Set.of(Role.END_USER)));

        assertThatThrownBy(() -> users.create(new NewUser(name, "Second", null, Set.of(Role.END_USER))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("username"));
        assertThat(accounts.findByUsername(name).orElseThrow().displayName()).isEqualTo("First");
    }

    @Test
    @WithUserDetails("admin")
    void demo_user_names_cannot_be_taken_again() {
        assertThatThrownBy(() -> users.create(new NewUser("dev", "Impostor", null, Set.of(Role.ADMIN))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("username"));
    }

    @Test
    @WithUserDetails("admin")
    void invalid_new_user_reports_every_bad_field() {
        assertThatThrownBy(() -> users.create(new NewUser("Not Valid!", " ", "not-an-email", Set.of())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsKeys("username", "displayName", "email", "roles"));
    }

    @Test
    @WithUserDetails("admin")
    void search_finds_users_by_part_of_their_name() {
        var name = TestUsers.create(provisioning, "findme", Role.END_USER);

        var found = users.list(name.substring(0, 14).toUpperCase(), PageRequest.of(0, 50));

        assertThat(found).extracting(UserSummary::username).contains(name);
        assertThat(users.count(name)).isEqualTo(1);
        assertThat(users.list("auditor", PageRequest.of(0, 10))).extracting(UserSummary::username)
                .contains("auditor");
        assertThat(users.count("")).isGreaterThanOrEqualTo(8);
    }

    @Test
    @WithUserDetails("admin")
    void search_text_is_literal_not_a_like_pattern() {
        var name = TestUsers.create(provisioning, "under_score", Role.END_USER);

        assertThat(users.list("under_score", PageRequest.of(0, 50))).extracting(UserSummary::username)
                .contains(name);
        assertThat(users.count("%")).isZero();
        assertThat(users.count("u_d")).isZero();
    }

    @Test
    @WithUserDetails("admin")
    void roles_can_be_changed_but_never_to_none() {
        var id = idOf(TestUsers.create(provisioning, "roles", Role.END_USER));

        var changed = users.setRoles(id, Set.of(Role.RISK_OFFICER, Role.AUDITOR));

        assertThat(changed.roles()).containsExactlyInAnyOrder(Role.RISK_OFFICER, Role.AUDITOR);
        assertThatThrownBy(() -> users.setRoles(id, Set.of())).isInstanceOf(InvalidInputException.class);
        assertThat(accounts.findById(id).orElseThrow().roles())
                .containsExactlyInAnyOrder(Role.RISK_OFFICER, Role.AUDITOR);
    }

    @Test
    @WithUserDetails("admin")
    void password_reset_returns_a_new_password_and_lifts_a_lock() {
        var name = TestUsers.create(provisioning, "reset", Role.END_USER);
        var id = idOf(name);
        lock(name);

        var password = users.resetPassword(id);

        var account = accounts.findById(id).orElseThrow();
        assertThat(encoder.matches(password, account.passwordHash())).isTrue();
        assertThat(encoder.matches(TestUsers.PASSWORD, account.passwordHash())).isFalse();
        assertThat(account.lockedUntil()).isNull();
    }

    @Test
    void users_change_their_own_password_after_proving_the_current_one() {
        var name = TestUsers.create(provisioning, "own", Role.END_USER);
        TestUsers.signIn(userDetails, name);

        users.changeOwnPassword(TestUsers.PASSWORD, "a-much-longer-new-password");

        var hash = accounts.findByUsername(name).orElseThrow().passwordHash();
        assertThat(encoder.matches("a-much-longer-new-password", hash)).isTrue();
    }

    @Test
    void wrong_current_password_changes_nothing() {
        var name = TestUsers.create(provisioning, "own", Role.END_USER);
        var before = accounts.findByUsername(name).orElseThrow().passwordHash();
        TestUsers.signIn(userDetails, name);

        assertThatThrownBy(() -> users.changeOwnPassword("not-my-password", "a-much-longer-new-password"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("currentPassword"));

        assertThat(accounts.findByUsername(name).orElseThrow().passwordHash()).isEqualTo(before);
    }

    @Test
    void new_password_shorter_than_twelve_characters_changes_nothing() {
        var name = TestUsers.create(provisioning, "own", Role.END_USER);
        var before = accounts.findByUsername(name).orElseThrow().passwordHash();
        TestUsers.signIn(userDetails, name);

        assertThatThrownBy(() -> users.changeOwnPassword(TestUsers.PASSWORD, "elevenchars"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("newPassword"));

        assertThat(accounts.findByUsername(name).orElseThrow().passwordHash()).isEqualTo(before);
    }

    @Test
    void a_common_password_the_user_name_or_the_current_password_changes_nothing() {
        var name = TestUsers.create(provisioning, "own", Role.END_USER);
        var before = accounts.findByUsername(name).orElseThrow().passwordHash();
        TestUsers.signIn(userDetails, name);

        for (var refused : java.util.List.of("Password1234", name + "-secret", TestUsers.PASSWORD)) {
            assertThatThrownBy(() -> users.changeOwnPassword(TestUsers.PASSWORD, refused))
                    .as(refused)
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.fieldErrors()).containsOnlyKeys("newPassword"));
        }

        assertThat(accounts.findByUsername(name).orElseThrow().passwordHash()).isEqualTo(before);
    }

    @Test
    void changing_the_own_password_requires_signing_in() {
        assertThatThrownBy(() -> users.changeOwnPassword(TestUsers.PASSWORD, "a-much-longer-new-password"))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    private long idOf(String username) {
        var id = accounts.findByUsername(username).orElseThrow().id();
        assertThat(id).isNotNull();
        return id;
    }

    private void lock(String username) {
        var account = accounts.findByUsername(username).orElseThrow();
        for (int i = 0; i < 5; i++) {
            account.recordFailedLogin(Instant.now(), 5, Duration.ofMinutes(15));
        }
        accounts.save(account);
        assertThat(accounts.findByUsername(username).orElseThrow().lockedUntil()).isNotNull();
    }

    private static void assertDenied(Executable call) {
        assertThatThrownBy(call::execute).isInstanceOf(AccessDeniedException.class);
    }
}
