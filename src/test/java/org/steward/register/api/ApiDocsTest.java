package org.steward.register.api;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.steward.identity.ApiTokenManagement;
import org.steward.register.ModelRegister;

/** The OpenAPI document that Swagger UI shows to signed-in users. */
class ApiDocsTest extends ApiTestSupport {

    @Autowired
    ApiDocsTest(MockMvc mvc, ApiTokenManagement tokens, ModelRegister register) {
        super(mvc, tokens, register);
    }

    @Test
    void openapi_document_describes_the_register_api_and_its_bearer_token() throws Exception {
        mvc.perform(get("/v3/api-docs").with(user("dev").roles("MODEL_DEVELOPER")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.info.title").value("Steward API"))
                .andExpect(jsonPath("$.info.license.name").value("GPL-3.0-or-later"))
                .andExpect(jsonPath("$.components.securitySchemes.apiToken.type").value("http"))
                .andExpect(jsonPath("$.components.securitySchemes.apiToken.scheme").value("bearer"))
                .andExpect(jsonPath("$.security[0].apiToken").isArray())
                .andExpect(jsonPath("$.paths['/api/v1/models'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/models'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/models/{id}'].put").exists())
                .andExpect(jsonPath("$.paths['/api/v1/models/{modelId}/versions'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/models/{modelId}/versions/{label}'].put").exists());
    }
}
