package org.steward.register.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.in;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.steward.identity.ApiTokenManagement;
import org.steward.identity.Role;
import org.steward.register.ModelRegister;
import org.steward.register.RegisterFilter;

/** End users see only models with an approved or deployed version, and only those versions. */
class EndUserVisibilityTest extends ApiTestSupport {

    private static final List<String> VISIBLE_STATUSES = List.of("APPROVED", "DEPLOYED");

    @Autowired
    EndUserVisibilityTest(MockMvc mvc, ApiTokenManagement tokens, ModelRegister register) {
        super(mvc, tokens, register);
    }

    @Test
    void end_user_lists_only_models_with_an_approved_or_deployed_version() throws Exception {
        var visible = as("enduser", Role.END_USER, () -> register.count(RegisterFilter.NONE));
        assertThat(visible).isLessThan(modelCount());

        call(endUser(), getting(MODELS).param("size", "100"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(visible))
                .andExpect(jsonPath("$.items[*].name", hasItem(APPROVED_DEMO_MODEL)))
                .andExpect(jsonPath("$.items[*].name", not(hasItem(DRAFT_DEMO_MODEL))))
                .andExpect(jsonPath("$.items[*].latestStatus", everyItem(in(VISIBLE_STATUSES))));
    }

    @Test
    void end_user_reads_an_approved_model_and_its_versions() throws Exception {
        var id = demoModelId(APPROVED_DEMO_MODEL);

        call(endUser(), getting(MODEL, id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value(APPROVED_DEMO_MODEL));
        call(endUser(), getting(VERSIONS, id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].status").value("APPROVED"));
        call(endUser(), getting(VERSION, id, "1.0.0")).andExpect(status().isOk());
    }

    @Test
    void end_user_gets_404_for_a_model_with_only_a_draft_version() throws Exception {
        var id = demoModelId(DRAFT_DEMO_MODEL);

        call(endUser(), getting(MODEL, id)).andExpect(status().isNotFound());
        call(endUser(), getting(VERSIONS, id)).andExpect(status().isNotFound());
        call(endUser(), getting(VERSION, id, "0.1.0")).andExpect(status().isNotFound());
        call(endUser(), getting(MODELS).param("text", DRAFT_DEMO_MODEL))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(0));
        call(auditor(), getting(MODEL, id)).andExpect(status().isOk());
    }

    @Test
    void end_user_sees_only_the_approved_and_deployed_versions_of_a_visible_model() throws Exception {
        var id = demoModelId("Retail credit scoring");

        call(endUser(), getting(VERSIONS, id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[*].label", contains("1.1.0")));
        call(endUser(), getting(VERSION, id, "1.1.0")).andExpect(status().isOk());
        call(endUser(), getting(VERSION, id, "1.2.0")).andExpect(status().isNotFound());
        call(endUser(), getting(VERSION, id, "1.0.0")).andExpect(status().isNotFound());
        call(auditor(), getting(VERSIONS, id)).andExpect(jsonPath("$.total").value(3));
    }

    @Test
    void end_user_does_not_see_a_model_registered_without_versions() throws Exception {
        var id = createModel();

        call(endUser(), getting(MODEL, id)).andExpect(status().isNotFound());
    }
}
