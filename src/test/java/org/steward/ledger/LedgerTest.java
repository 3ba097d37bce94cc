package org.steward.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.steward.identity.Role;
import org.steward.identity.RunAs;
import org.steward.register.BusinessObjective;
import org.steward.register.EuRiskCategory;
import org.steward.register.InternalRiskTier;
import org.steward.register.ModelDetails;
import org.steward.register.ModelRegister;
import org.steward.register.RegisterFilter;

/** The ledger in the shared application database, next to every other test's changes. */
@SpringBootTest
@AutoConfigureMockMvc
class LedgerTest {

    @Autowired
    Ledger ledger;

    @Autowired
    ModelRegister register;

    @Autowired
    RunAs runAs;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    MockMvc mvc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private <T> T asAuditor(Supplier<T> action) {
        return runAs.call("auditor", Set.of(Role.AUDITOR), action);
    }

    private static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private static ModelDetails model(String name) {
        return new ModelDetails(name, "Ledger test model", "churn", "owner", null, BusinessObjective.EMPTY,
                List.of(), EuRiskCategory.MINIMAL, InternalRiskTier.LOW, "No decisions about people.", null, null,
                List.of("test"), null);
    }

    private List<LedgerRecord> entriesOf(String subject) {
        return asAuditor(() -> ledger.entries(new LedgerFilter(null, null, subject, null, null),
                PageRequest.of(0, 50))).stream().filter(e -> e.subject().equals(subject)).toList();
    }

    @Test
    void registering_a_model_appends_an_entry_with_its_event_as_payload() {
        var name = unique("Ledgered");

        var model = runAs.call("dev", Set.of(Role.MODEL_DEVELOPER), () -> register.register(model(name)));

        var entries = entriesOf("model:" + model.id());
        assertThat(entries).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("MODEL_REGISTERED");
            assertThat(e.actor()).isEqualTo("dev");
            assertThat(e.payload()).startsWith("{\"actor\":\"dev\",\"at\":\"").contains("\"modelId\":" + model.id())
                    .contains("\"name\":\"" + name + "\"");
            assertThat(e.hash()).isEqualTo(LedgerHash.of(e));
        });
        assertThat(asAuditor(ledger::verify).intact()).isTrue();
    }

    @Test
    void a_rolled_back_change_leaves_no_entry() {
        var name = unique("Rolled back");
        var id = new AtomicLong();

        runAs.run("dev", Set.of(Role.MODEL_DEVELOPER), () -> new TransactionTemplate(transactions)
                .executeWithoutResult(status -> {
                    id.set(register.register(model(name)).id());
                    status.setRollbackOnly();
                }));

        assertThat(id.get()).isPositive();
        assertThat(entriesOf("model:" + id.get())).isEmpty();
        assertThat(runAs.call("dev", Set.of(Role.MODEL_DEVELOPER),
                () -> register.count(new RegisterFilter(name, null, null, null, null, null)))).isZero();
        assertThat(asAuditor(ledger::verify).intact()).isTrue();
    }

    @Test
    void a_failing_ledger_append_rolls_back_the_change() {
        var name = unique("Unledgered");
        var tooLongAction = "X".repeat(100);

        assertThatThrownBy(() -> runAs.run("dev", Set.of(Role.MODEL_DEVELOPER),
                () -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
                    register.register(model(name));
                    events.publishEvent(new TestEvent("dev", tooLongAction, "model:0", "Fails", Instant.now()));
                }))).isInstanceOf(RuntimeException.class);

        assertThat(runAs.call("dev", Set.of(Role.MODEL_DEVELOPER),
                () -> register.count(new RegisterFilter(name, null, null, null, null, null)))).isZero();
        assertThat(asAuditor(ledger::verify).intact()).isTrue();
    }

    @Test
    void an_event_outside_a_transaction_is_refused() {
        assertThatThrownBy(() -> events.publishEvent(TestEvent.of("dev", "model:0", "No transaction")))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void filters_by_actor_action_subject_and_dates() {
        var subject = "ledger-filter:" + UUID.randomUUID();
        var tx = new TransactionTemplate(transactions);
        tx.executeWithoutResult(s -> events.publishEvent(TestEvent.of("filter-a", subject + "/1", "One")));
        tx.executeWithoutResult(s -> events.publishEvent(TestEvent.of("filter-b", subject + "/2", "Two")));
        var today = LocalDate.now(ZoneOffset.UTC);

        asAuditor(() -> {
            assertThat(ledger.count(new LedgerFilter(null, null, subject, null, null))).isEqualTo(2);
            assertThat(ledger.entries(new LedgerFilter("filter-b", "TEST_EVENT", subject, today, today),
                    PageRequest.of(0, 10))).extracting(LedgerRecord::subject).containsExactly(subject + "/2");
            assertThat(ledger.count(new LedgerFilter(null, null, subject, today.plusDays(1), null))).isZero();
            assertThat(ledger.count(new LedgerFilter(null, null, subject, null, today.minusDays(1)))).isZero();
            assertThat(ledger.count(new LedgerFilter(null, "OTHER", subject, null, null))).isZero();
            assertThat(ledger.entries(new LedgerFilter(null, null, subject, null, null), PageRequest.of(0, 10)))
                    .extracting(LedgerRecord::actor).containsExactly("filter-b", "filter-a");
            assertThat(ledger.entries(new LedgerFilter(null, null, subject, null, null),
                    PageRequest.of(0, 10, Sort.by("seq")))).extracting(LedgerRecord::actor)
                    .containsExactly("filter-a", "filter-b");
            return null;
        });
    }

    @Test
    void a_subject_prefix_is_literal() {
        asAuditor(() -> assertThat(ledger.count(new LedgerFilter(null, null, "%", null, null))).isZero());
    }

    @Test
    void a_privileged_sign_in_is_recorded_and_an_ordinary_one_is_not() throws Exception {
        var auditorBefore = asAuditor(() -> ledger.count(
                new LedgerFilter("auditor", "PRIVILEGED_SIGN_IN", "user:auditor", null, null)));

        signIn("auditor");
        signIn("dev");

        asAuditor(() -> {
            assertThat(ledger.count(new LedgerFilter("auditor", "PRIVILEGED_SIGN_IN", "user:auditor", null, null)))
                    .isEqualTo(auditorBefore + 1);
            assertThat(ledger.entries(new LedgerFilter("auditor", "PRIVILEGED_SIGN_IN", null, null, null),
                    PageRequest.of(0, 1)).getFirst().payload()).contains("\"roles\":[\"AUDITOR\"]");
            assertThat(ledger.count(new LedgerFilter("dev", "PRIVILEGED_SIGN_IN", null, null, null))).isZero();
            assertThat(ledger.verify().intact()).isTrue();
            return null;
        });
    }

    private void signIn(String username) throws Exception {
        mvc.perform(post("/login").param("username", username).param("password", "steward-demo").with(csrf())
                .session(new MockHttpSession())).andExpect(authenticated().withUsername(username));
        SecurityContextHolder.clearContext();
    }

    @Test
    void only_auditors_risk_officers_and_administrators_may_read_or_verify() {
        for (var role : List.of(Role.END_USER, Role.MODEL_DEVELOPER, Role.BUSINESS_OWNER)) {
            assertThatThrownBy(() -> runAs.call("someone", Set.of(role), ledger::verify))
                    .as(role.name()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> runAs.call("someone", Set.of(role),
                    () -> ledger.entries(LedgerFilter.NONE, PageRequest.of(0, 1))))
                    .as(role.name()).isInstanceOf(AccessDeniedException.class);
        }
        for (var role : List.of(Role.AUDITOR, Role.RISK_OFFICER, Role.ADMIN)) {
            assertThat(runAs.call("someone", Set.of(role), ledger::verify).intact()).as(role.name()).isTrue();
        }
    }
}
