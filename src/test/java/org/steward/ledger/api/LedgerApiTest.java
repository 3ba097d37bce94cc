package org.steward.ledger.api;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.steward.identity.ApiScope;
import org.steward.identity.ApiTokenManagement;
import org.steward.identity.Role;
import org.steward.identity.RunAs;

/** The ledger verification over REST: auditors get the verdict, other roles 403, no token 401. */
@SpringBootTest
@AutoConfigureMockMvc
class LedgerApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApiTokenManagement tokens;

    @Autowired
    RunAs runAs;

    private String token(String username, Role role) {
        return runAs.call(username, Set.of(role), () -> tokens.create("ledger api test " + UUID.randomUUID(),
                Set.of(ApiScope.REGISTER_READ), 1)).secret();
    }

    @Test
    void an_auditor_gets_the_verdict_on_the_whole_chain() throws Exception {
        mvc.perform(get("/api/v1/ledger/verification")
                        .header(HttpHeaders.AUTHORIZATION, "Bearer " + token("auditor", Role.AUDITOR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.intact").value(true))
                .andExpect(jsonPath("$.verified").isNumber());
    }

    @Test
    void a_developer_may_not_and_without_a_token_nobody_may() throws Exception {
        mvc.perform(get("/api/v1/ledger/verification")
                        .header(HttpHeaders.AUTHORIZATION, "Bearer " + token("dev", Role.MODEL_DEVELOPER)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/ledger/verification")).andExpect(status().isUnauthorized());
    }
}
