package org.steward.register.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.steward.identity.ApiScope;
import org.steward.identity.ApiTokenManagement;
import org.steward.identity.Role;
import org.steward.register.ModelRegister;

/** Registering, reading, updating and listing models through the API, including every kind of refusal. */
class ModelApiTest extends ApiTestSupport {

    @Autowired
    ModelApiTest(MockMvc mvc, ApiTokenManagement tokens, ModelRegister register) {
        super(mvc, tokens, register);
    }

    private String owner() {
        return token("owner", Role.BUSINESS_OWNER, ApiScope.REGISTER_READ, ApiScope.REGISTER_WRITE);
    }

    // ---- register -----------------------------------------------------------------------------------------

    @Test
    void developer_registers_a_model_and_gets_201_with_its_location() throws Exception {
        var name = unique("Churn model");
        var before = modelCount();

        var result = call(dev(), posting(modelBody(name), MODELS))
                .andExpect(status().isCreated())
                .andExpect(header().string(HttpHeaders.LOCATION, containsString("/api/v1/models/")))
                .andExpect(jsonPath("$.name").value(name))
                .andExpect(jsonPath("$.description").value("Registered by the API tests."))
                .andExpect(jsonPath("$.businessDomain").value("testing"))
                .andExpect(jsonPath("$.owner").value("owner"))
                .andExpect(jsonPath("$.developerTeam").value("API tests"))
                .andExpect(jsonPath("$.objective.decisionSupported").value("Whether to ship."))
                .andExpect(jsonPath("$.kpis[0].name").value("Passing tests"))
                .andExpect(jsonPath("$.kpis[0].target").value(1200))
                .andExpect(jsonPath("$.kpis[0].direction").value("HIGHER_IS_BETTER"))
                .andExpect(jsonPath("$.euRiskCategory").value("LIMITED"))
                .andExpect(jsonPath("$.internalRiskTier").value("MEDIUM"))
                .andExpect(jsonPath("$.riskJustification").value("Only test data."))
                .andExpect(jsonPath("$.tags", contains("api", "test")))
                .andExpect(jsonPath("$.reviewDate").value("2030-01-31"))
                .andExpect(jsonPath("$.createdBy").value("dev"))
                .andExpect(jsonPath("$.createdAt").isString())
                .andExpect(jsonPath("$.updatedAt").isString())
                .andExpect(jsonPath("$.version").value(0))
                .andReturn();

        var id = number(result, "$.id");
        assertThat(result.getResponse().getHeader(HttpHeaders.LOCATION)).endsWith("/api/v1/models/" + id);
        assertThat(modelCount()).isEqualTo(before + 1);
        call(auditor(), getting(MODEL, id)).andExpect(status().isOk()).andExpect(jsonPath("$.name").value(name));
    }

    @Test
    void business_owner_registers_a_model_and_gets_201() throws Exception {
        call(owner(), posting(modelBody(unique("Owner model")), MODELS))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.createdBy").value("owner"));
    }

    @Test
    void blank_name_is_refused_with_a_field_error_and_nothing_is_stored() throws Exception {
        var before = modelCount();

        call(dev(), posting(with(modelBody("x"), "name", "   "), MODELS))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(endsWith("/invalid-input")))
                .andExpect(jsonPath("$.errors.name").isString());

        assertThat(modelCount()).isEqualTo(before);
    }

    @Test
    void unknown_owner_is_refused_with_a_field_error_and_nothing_is_stored() throws Exception {
        var before = modelCount();

        call(dev(), posting(with(modelBody(unique("Orphan")), "owner", "nobody-at-all"), MODELS))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.owner").value(containsString("not an active business owner")));
        call(dev(), posting(with(modelBody(unique("Developer-owned")), "owner", "dev"), MODELS))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.owner").isString());

        assertThat(modelCount()).isEqualTo(before);
    }

    @Test
    void unknown_enum_value_is_refused_with_a_field_error_naming_the_allowed_values() throws Exception {
        var before = modelCount();

        call(dev(), posting(with(modelBody(unique("Enum")), "euRiskCategory", "EXTREME"), MODELS))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.euRiskCategory").value(containsString("'EXTREME' is not one of")))
                .andExpect(jsonPath("$.errors.euRiskCategory").value(containsString("HIGH")));
        call(dev(), posting(with(modelBody(unique("Enum")), "kpis", List.of(Map.of("name", "k", "unit", "u",
                "target", 1, "direction", "SIDEWAYS"))), MODELS))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors['kpis[0].direction']").value(containsString("LOWER_IS_BETTER")));

        assertThat(modelCount()).isEqualTo(before);
    }

    @Test
    void malformed_values_are_refused_with_a_field_error() throws Exception {
        call(dev(), posting(with(modelBody(unique("Date")), "reviewDate", "next week"), MODELS))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.reviewDate").value(containsString("a date")));
        call(dev(), posting(with(modelBody(unique("List")), "tags", "not-a-list"), MODELS))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.tags").isString());
    }

    @Test
    void missing_required_fields_are_all_reported_together() throws Exception {
        var before = modelCount();
        var body = without(without(with(modelBody(""), "businessDomain", ""), "euRiskCategory"), "riskJustification");

        call(dev(), posting(body, MODELS))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors", hasKey("name")))
                .andExpect(jsonPath("$.errors", hasKey("businessDomain")))
                .andExpect(jsonPath("$.errors.euRiskCategory").value("choose the EU AI Act category"))
                .andExpect(jsonPath("$.errors", hasKey("riskJustification")));

        assertThat(modelCount()).isEqualTo(before);
    }

    @Test
    void invalid_tags_and_kpis_are_refused_and_nothing_is_stored() throws Exception {
        var before = modelCount();

        call(dev(), posting(with(modelBody(unique("Tags")), "tags", List.of("no spaces allowed")), MODELS))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.*", hasItem(containsString("tags use letters"))));
        var twice = Map.of("name", "Same", "unit", "%", "target", 1, "direction", "LOWER_IS_BETTER");
        call(dev(), posting(with(modelBody(unique("Kpis")), "kpis", List.of(twice, twice)), MODELS))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.kpis").value("each KPI needs a distinct name"));

        assertThat(modelCount()).isEqualTo(before);
    }

    @Test
    void nulls_inside_lists_and_kpis_without_a_name_are_refused_with_field_errors() throws Exception {
        var before = modelCount();
        var nullTag = new ArrayList<@Nullable Object>(List.of("ok"));
        nullTag.add(null);

        call(dev(), posting(with(modelBody(unique("Null tag")), "tags", nullTag), MODELS))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.tags").value("must not contain null"));
        call(dev(), posting(with(modelBody(unique("Nameless KPI")), "kpis",
                List.of(Map.of("unit", "%", "target", 1, "direction", "LOWER_IS_BETTER"))), MODELS))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors['kpis[0].name']").value("must not be blank"));
        call(dev(), posting(with(modelBody(unique("Null KPI")), "kpis", nullTag.subList(1, 2)), MODELS))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors['kpis[0]']").value("must not be null"));

        assertThat(modelCount()).isEqualTo(before);
    }

    @Test
    void malformed_json_is_refused_with_400_and_nothing_is_stored() throws Exception {
        var before = modelCount();

        call(dev(), posting("{\"name\": \"Broken\",", MODELS))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(endsWith("/unreadable")))
                .andExpect(jsonPath("$.detail").value(containsString("not valid JSON")));
        call(dev(), posting("[1, 2, 3]", MODELS)).andExpect(status().isBadRequest());

        assertThat(modelCount()).isEqualTo(before);
    }

    @Test
    void a_missing_body_is_refused_with_400() throws Exception {
        call(dev(), post(MODELS)
                        .contentType(MediaType.APPLICATION_JSON))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("The request needs a JSON body."));
    }

    @Test
    void a_body_that_is_not_json_is_refused_with_415() throws Exception {
        call(dev(), post(MODELS)
                        .contentType(MediaType.TEXT_PLAIN).content("name=x"))
                .andExpect(status().isUnsupportedMediaType());
    }

    @Test
    void duplicate_model_name_is_refused_whatever_its_case_and_nothing_is_stored() throws Exception {
        var name = unique("Duplicate");
        createModel(name);
        var before = modelCount();

        call(dev(), posting(modelBody(name), MODELS))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors.name").value("a model with this name is already registered"));
        call(dev(), posting(modelBody(name.toUpperCase()), MODELS))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors.name").isString());

        assertThat(modelCount()).isEqualTo(before);
    }

    // ---- read -----------------------------------------------------------------------------------------------

    @Test
    void reading_a_model_returns_all_its_details_and_the_lock_version() throws Exception {
        var id = demoModelId("Retail credit scoring");

        call(auditor(), getting(MODEL, id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id))
                .andExpect(jsonPath("$.name").value("Retail credit scoring"))
                .andExpect(jsonPath("$.owner").value("owner"))
                .andExpect(jsonPath("$.objective.problemStatement").isString())
                .andExpect(jsonPath("$.kpis.length()").value(2))
                .andExpect(jsonPath("$.kpis[0].target").value(2.5))
                .andExpect(jsonPath("$.euRiskCategory").value("HIGH"))
                .andExpect(jsonPath("$.tags", containsInAnyOrder("credit", "annex-iii")))
                .andExpect(jsonPath("$.createdBy").value("dev"))
                .andExpect(jsonPath("$.version").isNumber());
    }

    @Test
    void unknown_model_id_gives_404() throws Exception {
        call(auditor(), getting(MODEL, Long.MAX_VALUE))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value(endsWith("/not-found")));
    }

    @Test
    void a_model_id_that_is_not_a_number_gives_400() throws Exception {
        call(auditor(), getting("/api/v1/models/abc"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.id").value(containsString("a number")));
    }

    // ---- update ---------------------------------------------------------------------------------------------

    @Test
    void developer_updates_a_model_and_its_version_increases() throws Exception {
        var name = unique("Update me");
        var id = createModel(name);
        var body = with(with(modelBody(name), "internalRiskTier", "HIGH"), "version", 0);

        call(dev(), putting(body, MODEL, id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.internalRiskTier").value("HIGH"))
                .andExpect(jsonPath("$.version").value(1));

        assertThat(modelLockVersion(id)).isEqualTo(1);
    }

    @Test
    void business_owner_updates_their_own_model() throws Exception {
        var name = unique("Owned");
        var id = createModel(name);

        call(owner(), putting(with(with(modelBody(name), "tags", List.of("owned")), "version", 0), MODEL, id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.tags", contains("owned")));
    }

    @Test
    void a_model_read_from_the_api_can_be_sent_back_to_update_it() throws Exception {
        var id = createModel();
        var read = call(dev(), getting(MODEL, id)).andReturn().getResponse().getContentAsString();
        var edited = read.replace("\"developerTeam\":\"API tests\"", "\"developerTeam\":\"Round trip\"");
        assertThat(edited).isNotEqualTo(read);

        call(dev(), putting(edited, MODEL, id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.developerTeam").value("Round trip"))
                .andExpect(jsonPath("$.version").value(1));
    }

    @Test
    void update_without_version_is_refused_with_a_field_error_and_nothing_changes() throws Exception {
        var name = unique("No version");
        var id = createModel(name);

        call(dev(), putting(with(modelBody(name), "description", "changed"), MODEL, id))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.version").isString());

        call(dev(), getting(MODEL, id))
                .andExpect(jsonPath("$.description").value("Registered by the API tests."))
                .andExpect(jsonPath("$.version").value(0));
    }

    @Test
    void update_with_a_stale_version_gives_409_and_nothing_changes() throws Exception {
        var name = unique("Stale");
        var id = createModel(name);
        call(dev(), putting(with(with(modelBody(name), "description", "first"), "version", 0), MODEL, id))
                .andExpect(status().isOk());

        call(token("dev2", Role.MODEL_DEVELOPER, ApiScope.REGISTER_READ, ApiScope.REGISTER_WRITE),
                putting(with(with(modelBody(name), "description", "second"), "version", 0), MODEL, id))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value(endsWith("/conflict")))
                .andExpect(jsonPath("$.detail").value(containsString("changed by someone else")));

        call(dev(), getting(MODEL, id))
                .andExpect(jsonPath("$.description").value("first"))
                .andExpect(jsonPath("$.version").value(1));
    }

    @Test
    void update_with_invalid_details_is_refused_and_nothing_changes() throws Exception {
        var name = unique("Invalid update");
        var id = createModel(name);

        call(dev(), putting(with(with(modelBody(name), "name", ""), "version", 0), MODEL, id))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.name").isString());
        call(dev(), putting(with(with(modelBody(name), "owner", "ghost"), "version", 0), MODEL, id))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.owner").isString());
        call(dev(), putting(with(with(modelBody(name), "internalRiskTier", "EXTREME"), "version", 0), MODEL, id))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.internalRiskTier").isString());

        call(dev(), getting(MODEL, id))
                .andExpect(jsonPath("$.name").value(name))
                .andExpect(jsonPath("$.version").value(0));
    }

    @Test
    void renaming_a_model_to_a_taken_name_is_refused() throws Exception {
        var taken = unique("Taken");
        createModel(taken);
        var name = unique("Rename");
        var id = createModel(name);

        call(dev(), putting(with(with(modelBody(name), "name", taken), "version", 0), MODEL, id))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors.name").value("a model with this name is already registered"));

        call(dev(), getting(MODEL, id)).andExpect(jsonPath("$.name").value(name));
    }

    @Test
    void updating_an_unknown_model_gives_404() throws Exception {
        call(dev(), putting(with(modelBody(unique("Ghost")), "version", 0), MODEL, Long.MAX_VALUE))
                .andExpect(status().isNotFound());
    }

    // ---- list -----------------------------------------------------------------------------------------------

    @Test
    void listing_returns_a_page_envelope_with_the_total() throws Exception {
        call(auditor(), getting(MODELS))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(20))
                .andExpect(jsonPath("$.total").value(modelCount()))
                .andExpect(jsonPath("$.items").isArray())
                .andExpect(jsonPath("$.items[0].id").isNumber())
                .andExpect(jsonPath("$.items[0].name").isString())
                .andExpect(jsonPath("$.items[0].euRiskCategory").isString())
                .andExpect(jsonPath("$.items[0].versionCount").isNumber());
    }

    @Test
    void listing_finds_a_new_model_by_its_name() throws Exception {
        var name = unique("Findable");
        var id = createModel(name);

        call(auditor(), getting(MODELS).param("text", name))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].id").value(id))
                .andExpect(jsonPath("$.items[0].owner").value("owner"))
                .andExpect(jsonPath("$.items[0].versionCount").value(0))
                .andExpect(jsonPath("$.items[0].latestVersion").doesNotExist());
    }

    @Test
    void listing_filters_by_risk_stage_status_and_owner() throws Exception {
        call(auditor(), getting(MODELS).param("euRiskCategory", "HIGH").param("size", "100"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].euRiskCategory", everyItem(is("HIGH"))))
                .andExpect(jsonPath("$.items[*].name", hasItem("Retail credit scoring")))
                .andExpect(jsonPath("$.items[*].name", not(hasItem("Telecom churn propensity"))));
        call(auditor(), getting(MODELS).param("owner", "owner2").param("internalRiskTier", "LOW").param("size", "100"))
                .andExpect(jsonPath("$.items[*].name", hasItem("Telecom churn propensity")))
                .andExpect(jsonPath("$.items[*].owner", everyItem(is("owner2"))));
        call(auditor(), getting(MODELS).param("status", "REJECTED").param("stage", "DEVELOPMENT").param("size", "100"))
                .andExpect(jsonPath("$.items[*].name", hasItem("Emergency department triage")))
                .andExpect(jsonPath("$.items[*].name", not(hasItem("Retail credit scoring"))));
    }

    @Test
    void listing_pages_and_caps_the_page_size_at_100() throws Exception {
        var first = call(auditor(), getting(MODELS).param("size", "2")).andReturn();
        var second = call(auditor(), getting(MODELS).param("size", "2").param("page", "1"))
                .andExpect(jsonPath("$.page").value(1))
                .andReturn();
        List<Integer> firstIds = read(first, "$.items[*].id");
        List<Integer> secondIds = read(second, "$.items[*].id");
        assertThat(firstIds).hasSize(2).doesNotContainAnyElementsOf(secondIds);

        call(auditor(), getting(MODELS).param("size", "1000"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.size").value(100));
    }

    @Test
    void listing_sorts_by_the_requested_property() throws Exception {
        var prefix = unique("Sorted");
        for (var suffix : List.of("b", "c", "a")) {
            createModel(prefix + " " + suffix);
        }

        var result = call(auditor(), getting(MODELS).param("text", prefix).param("sort", "name,desc"))
                .andExpect(status().isOk()).andReturn();
        List<String> names = read(result, "$.items[*].name");
        assertThat(names).containsExactly(prefix + " c", prefix + " b", prefix + " a");

        var byReview = call(auditor(), getting(MODELS).param("sort", "reviewDate,asc,name").param("size", "100"))
                .andExpect(status().isOk()).andReturn();
        List<String> dates = read(byReview, "$.items[*].reviewDate");
        assertThat(dates.stream().filter(d -> d != null).toList()).isSorted();
    }

    @Test
    void listing_with_bad_parameters_gives_400_with_field_errors() throws Exception {
        call(auditor(), getting(MODELS).param("euRiskCategory", "EXTREME"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.euRiskCategory").value(containsString("one of PROHIBITED, HIGH")));
        call(auditor(), getting(MODELS).param("stage", "LIVE"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.stage").isString());
        call(auditor(), getting(MODELS).param("page", "-1").param("size", "0"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.page").isString())
                .andExpect(jsonPath("$.errors.size").isString());
        call(auditor(), getting(MODELS).param("size", "many"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.size").isString());
        call(auditor(), getting(MODELS).param("sort", "passwordHash,asc"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.sort").value(containsString("cannot sort by 'passwordHash'")));
    }
}
