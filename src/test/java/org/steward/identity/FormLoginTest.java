package org.steward.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.WebAttributes;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

/** Real sign-ins through the portal's form login, with the application's throttling. */
@SpringBootTest
@AutoConfigureMockMvc
class FormLoginTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserProvisioning provisioning;

    @Autowired
    UserAccounts accounts;

    @Autowired
    UserManagement management;

    @Autowired
    UserDetailsService userDetails;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void correct_password_signs_in_and_redirects_to_the_application() throws Exception {
        var username = TestUsers.create(provisioning, "login", Role.END_USER);

        login(username, TestUsers.PASSWORD, new MockHttpSession())
                .andExpect(authenticated().withUsername(username))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void demo_user_signs_in_with_the_demo_password() throws Exception {
        login("auditor", "steward-demo", new MockHttpSession())
                .andExpect(authenticated().withUsername("auditor").withRoles("AUDITOR"));
    }

    @Test
    void wrong_password_redirects_back_to_the_login_view_with_an_error() throws Exception {
        var username = TestUsers.create(provisioning, "login", Role.END_USER);

        var result = login(username, "wrong-password", new MockHttpSession())
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"))
                .andReturn();

        assertThat(lastException(result)).isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void fifth_wrong_password_locks_the_account() throws Exception {
        var username = TestUsers.create(provisioning, "lock", Role.END_USER);

        for (int i = 0; i < 4; i++) {
            login(username, "wrong-password-" + i, new MockHttpSession()).andExpect(unauthenticated());
        }
        assertThat(accounts.findByUsername(username).orElseThrow().isLockedAt(Instant.now())).isFalse();

        login(username, "wrong-password-5", new MockHttpSession()).andExpect(unauthenticated());

        var lockedUntil = accounts.findByUsername(username).orElseThrow().lockedUntil();
        assertThat(lockedUntil).isBetween(Instant.now().plus(Duration.ofMinutes(14)),
                Instant.now().plus(Duration.ofMinutes(16)));
    }

    @Test
    void locked_account_refuses_even_the_right_password() throws Exception {
        var username = TestUsers.create(provisioning, "lock", Role.END_USER);
        for (int i = 0; i < 5; i++) {
            login(username, "wrong-password-" + i, new MockHttpSession());
        }

        var result = login(username, TestUsers.PASSWORD, new MockHttpSession())
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"))
                .andReturn();

        assertThat(lastException(result)).isInstanceOf(LockedException.class);
    }

    @Test
    void a_successful_sign_in_resets_the_failure_count() throws Exception {
        var username = TestUsers.create(provisioning, "login", Role.END_USER);
        for (int i = 0; i < 4; i++) {
            login(username, "wrong-password-" + i, new MockHttpSession());
        }
        login(username, TestUsers.PASSWORD, new MockHttpSession()).andExpect(authenticated());
        for (int i = 0; i < 4; i++) {
            login(username, "wrong-password-" + i, new MockHttpSession());
        }

        login(username, TestUsers.PASSWORD, new MockHttpSession()).andExpect(authenticated());
    }

    @Test
    void disabled_account_cannot_sign_in() throws Exception {
        var username = TestUsers.create(provisioning, "disabled", Role.END_USER);
        TestUsers.signIn(userDetails, "admin");
        management.setEnabled(accounts.findByUsername(username).orElseThrow().id(), false);
        TestUsers.signOut();

        var result = login(username, TestUsers.PASSWORD, new MockHttpSession())
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"))
                .andReturn();

        assertThat(lastException(result)).isInstanceOf(DisabledException.class);
    }

    @Test
    void unknown_users_get_the_same_answer_as_a_wrong_password() throws Exception {
        var result = login(TestUsers.uniqueName("nobody"), "whatever", new MockHttpSession())
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"))
                .andReturn();

        assertThat(lastException(result)).isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void passwords_are_stored_as_bcrypt_hashes() {
        var username = TestUsers.create(provisioning, "hash", Role.END_USER);

        var hash = accounts.findByUsername(username).orElseThrow().passwordHash();

        assertThat(hash).startsWith("{bcrypt}$2").doesNotContain(TestUsers.PASSWORD);
    }

    @Test
    void session_id_changes_at_sign_in() throws Exception {
        var username = TestUsers.create(provisioning, "fixation", Role.END_USER);
        var session = new MockHttpSession();
        var before = session.getId();

        // the browser presents the pre-login session's cookie, as it would after opening the login view
        var result = mvc.perform(post("/login").session(session).with(csrf())
                        .with(request -> {
                            request.setRequestedSessionId(before);
                            return request;
                        })
                        .param("username", username).param("password", TestUsers.PASSWORD))
                .andExpect(authenticated())
                .andReturn();

        var after = result.getRequest().getSession(false);
        assertThat(after).isNotNull();
        assertThat(after.getId()).isNotEqualTo(before);
    }

    private ResultActions login(String username, String password, MockHttpSession session) throws Exception {
        return mvc.perform(post("/login").session(session).with(csrf())
                .param("username", username).param("password", password));
    }

    private static Object lastException(MvcResult result) {
        var session = result.getRequest().getSession(false);
        assertThat(session).isNotNull();
        return session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    }
}
