package org.steward.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Currency;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.steward.approval.ApprovalWorkflow;
import org.steward.base.DuplicateException;
import org.steward.base.InvalidInputException;
import org.steward.base.PermissionDeniedException;
import org.steward.identity.Role;
import org.steward.identity.RunAs;
import org.steward.register.ModelRegister;

/** The cost ledger against the database: recording, all-or-nothing imports, roles, rates, budgets and alerts. */
@SpringBootTest
@RecordApplicationEvents
class CostLedgerTest {

    @Autowired
    CostLedger ledger;

    @Autowired
    ModelRegister register;

    @Autowired
    ApprovalWorkflow workflow;

    @Autowired
    RunAs runAs;

    @Autowired
    ApplicationEvents events;

    @Autowired
    Clock clock;

    CostFixtures f;
    YearMonth month;

    @BeforeEach
    void setUp() {
        f = new CostFixtures(runAs, register, workflow, ledger);
        month = YearMonth.now(clock).minusMonths(1);
    }

    @Test
    void a_developer_records_a_cost_and_it_is_published_for_the_ledger() {
        var model = f.model();
        var saved = f.record(model, month, "1234.5678");

        assertThat(saved.details().amount()).isEqualByComparingTo("1234.5678");
        assertThat(saved.recordedBy()).isEqualTo("dev");
        assertThat(saved.source()).isEqualTo(CostSource.MANUAL);
        assertThat(f.entries(model)).isEqualTo(1);
        assertThat(events.stream(CostEvent.CostsRecorded.class).filter(e -> e.modelId() == model.id()))
                .singleElement().satisfies(e -> {
                    assertThat(e.total()).isEqualByComparingTo("1234.5678");
                    assertThat(e.kind()).isEqualTo("COSTS_RECORDED");
                    assertThat(e.summary()).isEqualTo("Recorded 1 cost entry (Manual), EUR 1234.57 in the "
                            + "reporting currency");
                });
    }

    @Test
    void bad_entries_are_refused_with_the_field_and_nothing_is_stored() {
        var model = f.model();
        var backwards = new CostEntryView.Details(null, month.atEndOfMonth(), month.atDay(1), CostCategory.STORAGE,
                BigDecimal.TEN, Currency.getInstance("EUR"), null);
        assertThatThrownBy(() -> f.as("dev", Role.MODEL_DEVELOPER, () -> ledger.record(model.id(), backwards,
                CostSource.MANUAL, null))).isInstanceOf(InvalidInputException.class).hasMessageContaining("end");
        var credit = new CostEntryView.Details("9.9.9", month.atDay(1), month.atDay(1), CostCategory.OTHER,
                new BigDecimal("-5"), Currency.getInstance("EUR"), null);
        assertThatThrownBy(() -> f.as("dev", Role.MODEL_DEVELOPER, () -> ledger.record(model.id(), credit,
                CostSource.MANUAL, null))).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.fieldErrors()).containsKeys("note", "version"));
        var noRate = new CostEntryView.Details(null, month.atDay(1), month.atDay(1), CostCategory.OTHER,
                BigDecimal.ONE, Currency.getInstance("XAU"), null);
        assertThatThrownBy(() -> f.as("dev", Role.MODEL_DEVELOPER, () -> ledger.record(model.id(), noRate,
                CostSource.MANUAL, null))).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.fieldErrors().get("currency")).startsWith("no exchange rate for XAU in " + month));
        var tooPrecise = CostFixtures.eur(month, "1.23456");
        assertThatThrownBy(() -> f.as("dev", Role.MODEL_DEVELOPER, () -> ledger.record(model.id(), tooPrecise,
                CostSource.MANUAL, null))).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.fieldErrors()).containsKey("amount"));
        assertThat(f.entries(model)).isZero();
    }

    @Test
    void an_api_push_with_a_known_import_key_is_a_conflict() {
        var model = f.model();
        f.as("dev", Role.MODEL_DEVELOPER, () -> ledger.record(model.id(), CostFixtures.eur(month, "10"),
                CostSource.API, "bill-42"));
        assertThatThrownBy(() -> f.as("dev", Role.MODEL_DEVELOPER, () -> ledger.record(model.id(),
                CostFixtures.eur(month, "10"), CostSource.API, "bill-42"))).isInstanceOf(DuplicateException.class);
        assertThat(f.entries(model)).isEqualTo(1);
    }

    @Test
    void an_import_stores_every_row_or_with_one_bad_row_none() {
        var model = f.model();
        var good = "date,category,amount,currency,note,key\n" + month + ",INFERENCE_COMPUTE,100,EUR,gpu,k1\n"
                + month + ",STORAGE,20.5,EUR,,k2\n";
        var bad = good.replace("k2\n", "k2\n") + month + ",Coffee,3,EUR,,k3\n";

        assertThatThrownBy(() -> f.importCsv(model, bad)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Nothing was imported.")
                .hasMessageContaining("Line 4: unknown category 'Coffee'");
        assertThat(f.entries(model)).isZero();

        var result = f.importCsv(model, good);
        assertThat(result.rows()).hasSize(2);
        assertThat(f.entries(model)).isEqualTo(2);
        assertThat(events.stream(CostEvent.CostsRecorded.class).filter(e -> e.modelId() == model.id()))
                .singleElement().satisfies(e -> {
                    assertThat(e.entries()).isEqualTo(2);
                    assertThat(e.total()).isEqualByComparingTo("120.5");
                    assertThat(e.source()).isEqualTo(CostSource.CSV_IMPORT);
                    assertThat(e.file()).isEqualTo("costs.csv");
                });

        // the same file again: every row is already imported, nothing changes
        assertThatThrownBy(() -> f.importCsv(model, good)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Line 2: already imported (import key 'k1').")
                .hasMessageContaining("Line 3: already imported (import key 'k2').");
        assertThat(f.entries(model)).isEqualTo(2);
    }

    @Test
    void the_check_stores_nothing() {
        var model = f.model();
        var check = f.as("owner", Role.BUSINESS_OWNER, () -> ledger.checkImport(model.id(),
                ("date,category,amount,currency\n" + month + ",PEOPLE,5000,EUR\n").getBytes(),
                new CostCsvMapping(null, null, "date", null, null, "category", "amount", "currency", null, null, null,
                        false)));
        assertThat(check.ok()).isTrue();
        assertThat(check.rows()).hasSize(1);
        assertThat(f.entries(model)).isZero();
    }

    @Test
    void only_developers_and_the_models_owner_record_costs_and_end_users_read_nothing() {
        var model = f.model();
        assertThatThrownBy(() -> f.as("owner2", Role.BUSINESS_OWNER, () -> ledger.record(model.id(),
                CostFixtures.eur(month, "1"), CostSource.MANUAL, null))).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> f.as("auditor", Role.AUDITOR, () -> ledger.record(model.id(),
                CostFixtures.eur(month, "1"), CostSource.MANUAL, null))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> f.as("risk", Role.RISK_OFFICER, () -> ledger.record(model.id(),
                CostFixtures.eur(month, "1"), CostSource.MANUAL, null))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> f.as("enduser", Role.END_USER, () -> ledger.entries(model.id(),
                PageRequest.of(0, 10)))).isInstanceOf(AccessDeniedException.class);
        f.as("owner", Role.BUSINESS_OWNER, () -> ledger.record(model.id(), CostFixtures.eur(month, "1"),
                CostSource.MANUAL, null));
        assertThat(f.as("risk", Role.RISK_OFFICER, () -> ledger.entries(model.id(), PageRequest.of(0, 10))))
                .hasSize(1);
        assertThatThrownBy(() -> f.as("dev", Role.MODEL_DEVELOPER, () -> ledger.setBudget(model.id(),
                BudgetPeriod.year(2030), BigDecimal.TEN, BudgetLevels.DEFAULT))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> f.as("owner2", Role.BUSINESS_OWNER, () -> ledger.setBudget(model.id(),
                BudgetPeriod.year(2030), BigDecimal.TEN, BudgetLevels.DEFAULT)))
                .isInstanceOf(PermissionDeniedException.class);
    }

    @Test
    void administrators_set_rates_and_costs_in_that_currency_convert_at_them() {
        var model = f.model();
        assertThatThrownBy(() -> f.as("owner", Role.BUSINESS_OWNER, () -> ledger.setRate("CHF", month,
                BigDecimal.ONE))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> f.as("admin", Role.ADMIN, () -> ledger.setRate("EUR", month, BigDecimal.ONE)))
                .isInstanceOf(InvalidInputException.class);
        f.as("admin", Role.ADMIN, () -> ledger.setRate("CHF", month, new BigDecimal("1.0625")));

        var chf = new CostEntryView.Details(null, month.atDay(1), month.atDay(1), CostCategory.LICENCES,
                new BigDecimal("200"), Currency.getInstance("CHF"), null);
        f.as("dev", Role.MODEL_DEVELOPER, () -> ledger.record(model.id(), chf, CostSource.MANUAL, null));
        var budget = f.budget(model, month.getYear(), "1000");
        // 200 × 1.0625
        assertThat(budget.spent()).isEqualByComparingTo("212.5");
    }

    @Test
    void budget_alerts_are_raised_once_at_exactly_eighty_and_exactly_one_hundred_percent() {
        var model = f.model();
        f.budget(model, month.getYear(), "1000");
        f.record(model, month, "799.99");
        assertThat(alerts(model)).isZero();
        f.record(model, month, "0.01");
        assertThat(alerts(model)).isEqualTo(1);
        f.record(model, month, "100");
        assertThat(alerts(model)).isEqualTo(1);
        f.record(model, month, "100");
        assertThat(alerts(model)).isEqualTo(2);

        assertThat(events.stream(CostEvent.BudgetLevelReached.class).filter(e -> e.modelId() == model.id()))
                .extracting(CostEvent.BudgetLevelReached::level, CostEvent.BudgetLevelReached::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(80, "BUDGET_ALERT"),
                        org.assertj.core.groups.Tuple.tuple(100, "BUDGET_OVERRUN"));
        var mine = f.as("owner", Role.BUSINESS_OWNER, () -> ledger.myAlerts(PageRequest.of(0, 500)));
        assertThat(mine).filteredOn(a -> a.modelId() == model.id())
                .extracting(BudgetAlertView::level).containsExactlyInAnyOrder(80, 100);
        assertThat(f.as("owner2", Role.BUSINESS_OWNER, () -> ledger.myAlerts(PageRequest.of(0, 500))))
                .noneMatch(a -> a.modelId() == model.id());
        var budget = f.as("auditor", Role.AUDITOR, () -> ledger.budgets(model.id())).getFirst();
        assertThat(budget.spent()).isEqualByComparingTo("1000");
        assertThat(budget.reached()).containsExactly(80, 100);
        assertThat(budget.overrun()).isFalse();
    }

    @Test
    void a_budget_set_below_the_spending_raises_its_alerts_at_once() {
        var model = f.model();
        f.record(model, month, "500");
        f.budget(model, month.getYear(), "400");
        assertThat(alerts(model)).isEqualTo(2);
        assertThat(f.as("auditor", Role.AUDITOR, () -> ledger.budgets(model.id())).getFirst().overrun()).isTrue();
    }

    private long alerts(org.steward.register.ModelView model) {
        return events.stream(CostEvent.BudgetLevelReached.class).filter(e -> e.modelId() == model.id()).count();
    }
}
