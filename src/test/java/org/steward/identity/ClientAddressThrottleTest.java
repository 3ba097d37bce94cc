package org.steward.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** One address spraying passwords over many accounts is stopped, though no single account reaches its lock. */
@SpringBootTest
@AutoConfigureMockMvc
class ClientAddressThrottleTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserProvisioning provisioning;

    @Autowired
    UserAccounts accounts;

    @Value("${steward.security.max-failed-logins-per-address}")
    int perAddress;

    @Test
    void an_address_that_failed_too_often_cannot_sign_in_even_with_a_right_password() throws Exception {
        var sprayer = "198.51.100." + (int) (Math.random() * 200 + 1);
        var victim = TestUsers.create(provisioning, "spray", Role.END_USER);
        for (int i = 0; i < perAddress; i++) {
            // one wrong guess per account: no account gets near its own lock
            var account = i % 2 == 0 ? TestUsers.create(provisioning, "spray", Role.END_USER)
                    : TestUsers.uniqueName("nobody");
            login(account, "Winter2026!-guess", sprayer).andExpect(unauthenticated());
        }

        var session = login(victim, TestUsers.PASSWORD, sprayer)
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"))
                .andReturn().getRequest().getSession(false);
        assertThat(session).isNotNull();
        assertThat(session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION)).isInstanceOf(LockedException.class);
        assertThat(accounts.findByUsername(victim).orElseThrow().isLockedAt(Instant.now())).isFalse();

        login(victim, TestUsers.PASSWORD, "203.0.113.9").andExpect(authenticated().withUsername(victim));
    }

    @Test
    void a_few_failures_from_an_address_do_not_block_it() throws Exception {
        var address = "192.0.2." + (int) (Math.random() * 200 + 1);
        var user = TestUsers.create(provisioning, "few", Role.END_USER);
        for (int i = 0; i < 3; i++) {
            login(TestUsers.uniqueName("nobody"), "guess", address).andExpect(unauthenticated());
        }

        login(user, TestUsers.PASSWORD, address).andExpect(authenticated());
    }

    private ResultActions login(String username, String password, String address) throws Exception {
        return mvc.perform(post("/login").session(new MockHttpSession()).with(csrf())
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                })
                .param("username", username).param("password", password));
    }
}
