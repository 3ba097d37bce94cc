package org.steward.cost.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.steward.approval.ApprovalWorkflow;
import org.steward.cost.CostFixtures;
import org.steward.cost.CostLedger;
import org.steward.identity.ApiScope;
import org.steward.identity.ApiTokenManagement;
import org.steward.identity.Role;
import org.steward.identity.RunAs;
import org.steward.register.ModelRegister;

/** The costs and value endpoints per role and scope: 401, 403 for a wrong scope or role, 2xx, 4xx with details. */
@SpringBootTest
@AutoConfigureMockMvc
class CostApiTest {

    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    @Autowired
    MockMvc mvc;

    @Autowired
    ApiTokenManagement tokens;

    @Autowired
    RunAs runAs;

    @Autowired
    ModelRegister register;

    @Autowired
    ApprovalWorkflow workflow;

    @Autowired
    CostLedger ledger;

    @Autowired
    Clock clock;

    CostFixtures f;
    YearMonth month;

    @BeforeEach
    void setUp() {
        f = new CostFixtures(runAs, register, workflow, ledger);
        month = YearMonth.now(clock).minusMonths(1);
    }

    private String token(String username, Role role, ApiScope... scopes) {
        var key = username + ":" + role + ":" + List.of(scopes);
        return TOKENS.computeIfAbsent(key, k -> runAs.call(username, Set.of(role), () -> tokens.create(
                "cost api test " + UUID.randomUUID(), EnumSet.copyOf(List.of(scopes)), 1)).secret());
    }

    private String devWriter() {
        return token("dev", Role.MODEL_DEVELOPER, ApiScope.REGISTER_READ, ApiScope.COSTS_WRITE);
    }

    private String devReader() {
        return token("dev", Role.MODEL_DEVELOPER, ApiScope.REGISTER_READ);
    }

    private String ownerWriter() {
        return token("owner", Role.BUSINESS_OWNER, ApiScope.REGISTER_READ, ApiScope.COSTS_WRITE);
    }

    private String owner2Writer() {
        return token("owner2", Role.BUSINESS_OWNER, ApiScope.REGISTER_READ, ApiScope.COSTS_WRITE);
    }

    private String auditor() {
        return token("auditor", Role.AUDITOR, ApiScope.REGISTER_READ);
    }

    private static <B extends AbstractMockHttpServletRequestBuilder<B>> B bearer(B request, String token) {
        return request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
    }

    private String cost(String key) {
        return """
                {"date":"%s","category":"INFERENCE_COMPUTE","amount":1250.40,"currency":"EUR","note":"GPU bill",
                 "importKey":"%s"}""".formatted(month.atDay(3), key);
    }

    @Test
    void a_pipeline_pushes_a_cost_and_a_repeat_of_its_key_is_a_conflict() throws Exception {
        var model = f.model();
        mvc.perform(bearer(post("/api/v1/models/{id}/costs", model.id()), devWriter())
                        .contentType(MediaType.APPLICATION_JSON).content(cost("inv-1")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.source").value("API"))
                .andExpect(jsonPath("$.details.currency").value("EUR"))
                .andExpect(jsonPath("$.details.amount").value(1250.4));
        mvc.perform(bearer(post("/api/v1/models/{id}/costs", model.id()), devWriter())
                        .contentType(MediaType.APPLICATION_JSON).content(cost("inv-1")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors.importKey").exists());
        mvc.perform(bearer(get("/api/v1/models/{id}/costs", model.id()), auditor()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].importKey").value("inv-1"));
    }

    @Test
    void writes_need_the_costs_scope_and_the_right_role() throws Exception {
        var model = f.model();
        mvc.perform(post("/api/v1/models/{id}/costs", model.id()).contentType(MediaType.APPLICATION_JSON)
                .content(cost("a"))).andExpect(status().isUnauthorized());
        mvc.perform(bearer(post("/api/v1/models/{id}/costs", model.id()), devReader())
                .contentType(MediaType.APPLICATION_JSON).content(cost("a"))).andExpect(status().isForbidden());
        mvc.perform(bearer(post("/api/v1/models/{id}/costs", model.id()), owner2Writer())
                .contentType(MediaType.APPLICATION_JSON).content(cost("a"))).andExpect(status().isForbidden());
        mvc.perform(bearer(put("/api/v1/models/{id}/budgets/{year}", model.id(), month.getYear()), devWriter())
                .contentType(MediaType.APPLICATION_JSON).content("{\"amount\":1000}"))
                .andExpect(status().isForbidden());
        mvc.perform(bearer(put("/api/v1/exchange-rates/CHF/{month}", month), ownerWriter())
                .contentType(MediaType.APPLICATION_JSON).content("{\"rate\":1.05}"))
                .andExpect(status().isForbidden());
        mvc.perform(bearer(post("/api/v1/models/{id}/costs", model.id()), devWriter())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"date\":\"2026-01-01\",\"category\":\"Coffee\",\"amount\":1,\"currency\":\"EURO\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.category").exists())
                .andExpect(jsonPath("$.errors.currency").exists());
        org.assertj.core.api.Assertions.assertThat(f.entries(model)).isZero();
    }

    @Test
    void a_csv_import_is_checked_by_a_dry_run_and_stored_all_or_nothing() throws Exception {
        var model = f.model();
        var bad = new MockMultipartFile("file", "bill.csv", "text/csv", ("date,category,amount,currency\n"
                + month + ",STORAGE,10,EUR\n" + month + ",STORAGE,-3,EUR\n").getBytes(StandardCharsets.UTF_8));
        mvc.perform(bearer(multipart("/api/v1/models/{id}/costs:import", model.id()).file(bad)
                        .param("dryRun", "true"), devWriter()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.problems[0]").value(startsWith("Line 3: the amount -3 is negative")));
        mvc.perform(bearer(multipart("/api/v1/models/{id}/costs:import", model.id()).file(bad), devWriter()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.file").value(containsString("Nothing was imported.")));
        org.assertj.core.api.Assertions.assertThat(f.entries(model)).isZero();

        var mapping = new MockMultipartFile("mapping", "", "application/json", """
                {"model":"model","date":"date","category":"category","amount":"amount","currency":"currency"}"""
                .getBytes(StandardCharsets.UTF_8));
        var good = new MockMultipartFile("file", "bill.csv", "text/csv", ("model,date,category,amount,currency\n"
                + model.id() + "," + month + ",STORAGE,10,EUR\n\"" + model.name() + "\"," + month
                + ",PEOPLE,4000,EUR\n").getBytes(StandardCharsets.UTF_8));
        mvc.perform(bearer(multipart("/api/v1/costs:import").file(good).file(mapping), ownerWriter()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.rows.length()").value(2));
        org.assertj.core.api.Assertions.assertThat(f.entries(model)).isEqualTo(2);
    }

    @Test
    void owners_set_budgets_and_everyone_reads_figures_and_the_portfolio() throws Exception {
        var model = f.model();
        f.record(model, month, "900");
        mvc.perform(bearer(put("/api/v1/models/{id}/budgets/{year}", model.id(), month.getYear()), ownerWriter())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"amount\":1000,\"alertLevels\":[90]}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reached[0]").value(90))
                .andExpect(jsonPath("$.spent").value(900.0));
        mvc.perform(bearer(post("/api/v1/models/{id}/kpi-values", model.id()), devWriter())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kpi\":\"Passing tests\",\"month\":\"" + month + "\",\"value\":98}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.source").value("API"));
        mvc.perform(bearer(get("/api/v1/models/{id}/value-figures", model.id()).param("from", month.toString())
                        .param("to", month.toString()), auditor()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalCost").value(900.0))
                .andExpect(jsonPath("$.costPerThousand").doesNotExist())
                .andExpect(jsonPath("$.notes", hasItem(startsWith("No prediction counts yet"))))
                .andExpect(jsonPath("$.kpis[0].met").value(false));
        mvc.perform(bearer(get("/api/v1/portfolio").param("year", String.valueOf(month.getYear()))
                        .param("sort", "cost,desc").param("size", "100"), auditor()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].cost").isNumber());
        mvc.perform(bearer(get("/api/v1/portfolio.csv"), auditor()))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(content().string(startsWith("model_id,model,owner")));
        mvc.perform(bearer(get("/api/v1/portfolio").param("sort", "colour"), auditor()))
                .andExpect(status().isBadRequest());
    }

    @Test
    void administrators_set_exchange_rates_with_the_costs_scope() throws Exception {
        var admin = token("admin", Role.ADMIN, ApiScope.REGISTER_READ, ApiScope.COSTS_WRITE);
        mvc.perform(bearer(put("/api/v1/exchange-rates/SEK/{month}", month), admin)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"rate\":0.0871}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.currency").value("SEK"));
        mvc.perform(bearer(put("/api/v1/exchange-rates/SEK/{month}", month), admin)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"rate\":-1}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.rate").exists());
        mvc.perform(bearer(get("/api/v1/exchange-rates").param("size", "100"), auditor()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.currency == 'SEK')]").exists());
    }

}
