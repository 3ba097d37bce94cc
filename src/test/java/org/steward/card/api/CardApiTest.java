package org.steward.card.api;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.steward.approval.ApprovalWorkflow;
import org.steward.card.CardAuthoring;
import org.steward.card.CardFixtures;
import org.steward.card.CardView;
import org.steward.identity.ApiScope;
import org.steward.identity.ApiTokenManagement;
import org.steward.identity.Role;
import org.steward.identity.RunAs;
import org.steward.register.ApprovalStatus;
import org.steward.register.ModelRegister;
import org.steward.register.ModelView;
import org.steward.register.RegisterSeeding;

/** The model card REST API with real tokens of the demo users: formats, byte-stable exports, who sees what. */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CardApiTest {

    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    @Autowired
    MockMvc mvc;

    @Autowired
    ApiTokenManagement tokenManagement;

    @Autowired
    RunAs runAs;

    @Autowired
    ModelRegister register;

    @Autowired
    ApprovalWorkflow workflow;

    @Autowired
    RegisterSeeding seeding;

    @Autowired
    CardAuthoring authoring;

    private ModelView model;
    private CardView published;
    private CardView draft;

    @BeforeAll
    void cards() {
        var f = new CardFixtures(runAs, register, workflow, seeding, authoring);
        var fixture = f.deployed();
        model = fixture.model();
        published = fixture.card();
        var other = f.lowRisk();
        f.seeded(other, "1.0.0", ApprovalStatus.APPROVED);
        draft = f.saveAsDev(other, "1.0.0", CardFixtures.COMPLETE);
    }

    private String token(String user, Role role) {
        return tokens.computeIfAbsent(user, k -> runAs.call(user, Set.of(role), () -> tokenManagement
                .create("card api test " + UUID.randomUUID(), EnumSet.of(ApiScope.REGISTER_READ), 1)).secret());
    }

    private MockHttpServletRequestBuilder as(String user, Role role, MockHttpServletRequestBuilder request) {
        return request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token(user, role));
    }

    private String endUser() {
        return "enduser";
    }

    @Test
    void end_users_list_published_cards_and_search_them() throws Exception {
        mvc.perform(as(endUser(), Role.END_USER, get("/api/v1/cards").param("text", model.name())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].cardId").value(published.id()))
                .andExpect(jsonPath("$.items[0].versionLabel").value("1.0.0"));
        mvc.perform(as(endUser(), Role.END_USER, get("/api/v1/cards").param("size", "100")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].cardId", not(hasItem((int) draft.id()))));
    }

    @Test
    void a_card_comes_as_json_markdown_or_pdf_by_accept_header_or_suffix() throws Exception {
        mvc.perform(as(endUser(), Role.END_USER, get("/api/v1/cards/{id}", published.id())))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE, startsWith("application/json")))
                .andExpect(jsonPath("$.schema_version").value("0.0.2"))
                .andExpect(jsonPath("$.model_details.name").value(model.name()))
                .andExpect(jsonPath("$.steward.card.content_sha256").value(published.contentSha256()));
        mvc.perform(as(endUser(), Role.END_USER, get("/api/v1/cards/{id}", published.id())
                        .accept(MediaType.parseMediaType("text/markdown"))))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE, startsWith("text/markdown")))
                .andExpect(content().string(startsWith("---\nlicense: other\n")));
        var pdf = mvc.perform(as(endUser(), Role.END_USER, get("/api/v1/cards/{id}.pdf", published.id())))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE, "application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        Assertions.assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        mvc.perform(as(endUser(), Role.END_USER, get("/api/v1/models/{id}/versions/1.0.0/card", model.id())
                        .param("format", "md")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("# Model card: " + model.name())));
    }

    @Test
    void the_same_published_card_has_the_same_etag_on_every_request() throws Exception {
        var first = mvc.perform(as(endUser(), Role.END_USER, get("/api/v1/cards/{id}.md", published.id())))
                .andReturn().getResponse().getHeader(HttpHeaders.ETAG);
        mvc.perform(as("auditor", Role.AUDITOR, get("/api/v1/cards/{id}.md", published.id())))
                .andExpect(header().string(HttpHeaders.ETAG, first));
    }

    @Test
    void end_users_never_get_a_draft_card() throws Exception {
        mvc.perform(as(endUser(), Role.END_USER, get("/api/v1/cards/{id}", draft.id())))
                .andExpect(status().isNotFound())
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE, startsWith("application/problem+json")));
        mvc.perform(as(endUser(), Role.END_USER, get("/api/v1/cards/{id}.pdf", draft.id())))
                .andExpect(status().isNotFound());
        mvc.perform(as(endUser(), Role.END_USER, get("/api/v1/models/{id}/versions/1.0.0/card", draft.modelId())
                        .param("state", "draft")))
                .andExpect(status().isForbidden());
    }

    @Test
    void full_readers_get_the_current_draft_as_composed_now() throws Exception {
        mvc.perform(as("dev", Role.MODEL_DEVELOPER, get("/api/v1/models/{id}/versions/1.0.0/card", draft.modelId())
                        .param("state", "draft")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.steward.card.status").value("DRAFT"))
                .andExpect(jsonPath("$.steward.card.number").value(1));
    }

    @Test
    void without_a_token_nothing_is_shown() throws Exception {
        mvc.perform(get("/api/v1/cards")).andExpect(status().isUnauthorized());
    }
}
