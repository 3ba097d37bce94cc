package org.steward.cost.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.steward.approval.ApprovalWorkflow;
import org.steward.chart.ui.ChartView;
import org.steward.cost.BudgetView;
import org.steward.cost.CostCategory;
import org.steward.cost.CostEntryView;
import org.steward.cost.CostFixtures;
import org.steward.cost.CostLedger;
import org.steward.register.ui.BrowserlessUiTest;

/** The Costs tab per role: the demo's figures and charts, adding a cost, and a CSV import with preview. */
class CostsTabTest extends BrowserlessUiTest {

    @Autowired
    CostLedger ledger;

    @Autowired
    ApprovalWorkflow workflow;

    @Autowired
    Clock clock;

    private CostFixtures f() {
        return new CostFixtures(runAs, register, workflow, ledger);
    }

    @Test
    @WithUserDetails("owner")
    void the_owner_sees_the_overrun_of_the_demo_fraud_model_with_its_figures_and_charts() {
        openModel(idOf("Card fraud detection"));
        selectTab("Costs");

        assertThat($(Span.class).id("figure-tco").getText()).startsWith("EUR ");
        assertThat($(Span.class).id("figure-per-thousand").getText()).contains("months counted");
        assertThat(rows(this.<BudgetView>grid("budget-grid"))).singleElement()
                .satisfies(b -> assertThat(b.overrun()).isTrue());
        assertThat($(ChartView.class).all()).extracting(c -> c.chart().title())
                .contains("Cost over time by category", "Budget burn-down " + YearMonth.now(clock).getYear(),
                        "Fraud loss vs target");
        assertThat(exists("set-budget")).isTrue();
        assertThat(exists("add-cost")).isTrue();
    }

    @Test
    @WithUserDetails("auditor")
    void auditors_read_the_costs_without_any_action() {
        openModel(idOf("Subscription churn uplift"));
        selectTab("Costs");

        assertThat($(com.vaadin.flow.component.html.Div.class).id("cost-review").getElement().getTextRecursively())
                .contains("Flagged for a cost-effectiveness review");
        assertThat(exists("add-cost")).isFalse();
        assertThat(exists("set-budget")).isFalse();
        assertThat(exists("import-costs")).isFalse();
    }

    @Test
    @WithUserDetails("enduser")
    void end_users_do_not_see_the_costs_tab() {
        openModel(idOf("Credit limit optimiser"));
        assertThat(tabLabels()).doesNotContain("Costs");
    }

    @Test
    @WithUserDetails("dev")
    void a_developer_adds_a_cost_and_a_bad_amount_is_marked_on_its_field() {
        var model = f().model();
        openModel(model.id());
        selectTab("Costs");

        click("add-cost");
        test($(BigDecimalField.class).id("cost-amount")).setValue(new BigDecimal("12.345678"));
        click("cost-save");
        assertThat($(BigDecimalField.class).id("cost-amount").isInvalid()).isTrue();
        assertThat(f().entries(model)).isZero();

        test($(BigDecimalField.class).id("cost-amount")).setValue(new BigDecimal("412.50"));
        click("cost-save");
        assertThat(lastNotification()).isEqualTo("Cost added.");
        assertThat(rows(this.<CostEntryView>grid("cost-grid"))).singleElement().satisfies(e -> {
            assertThat(e.details().amount()).isEqualByComparingTo("412.50");
            assertThat(e.details().category()).isEqualTo(CostCategory.INFERENCE_COMPUTE);
        });
        assertThat($(Span.class).id("figure-tco").getText()).isEqualTo("EUR 412.50");
    }

    @Test
    @WithUserDetails("dev")
    void an_import_is_previewed_a_bad_row_blocks_it_and_the_fixed_file_is_stored_whole() throws Exception {
        var model = f().model();
        var month = YearMonth.now(clock).minusMonths(1);
        openModel(model.id());
        selectTab("Costs");
        click("import-costs");
        var dialog = $(ImportDialog.class).single();

        var bad = "month,category,amount,currency,note\n" + month + ",STORAGE,10,EUR,disk\n" + month
                + ",Coffee,5,EUR,\n";
        test(dialog.upload).upload("bill.csv", "text/csv", bad.getBytes(StandardCharsets.UTF_8));
        assertThat(dialog.date.getValue()).isEqualTo("month");
        assertThat(dialog.amount.getValue()).isEqualTo("amount");
        click("import-check");
        assertThat(dialog.problems.getElement().getTextRecursively()).contains("Line 3: unknown category 'Coffee'");
        assertThat(dialog.store.isEnabled()).isFalse();
        assertThat(f().entries(model)).isZero();

        var good = bad.replace("Coffee", "Licences");
        test(dialog.upload).upload("bill.csv", "text/csv", good.getBytes(StandardCharsets.UTF_8));
        click("import-check");
        assertThat(dialog.summary.getText()).isEqualTo("2 rows ready to import.");
        assertThat(rows(dialog.preview)).hasSize(2);
        click("import-store");
        assertThat(lastNotification()).isEqualTo("Imported 2 costs from bill.csv.");
        assertThat(f().entries(model)).isEqualTo(2);
    }

    @Test
    @WithUserDetails("owner")
    void the_owner_sets_a_budget_from_the_tab() {
        var model = f().model();
        f().record(model, YearMonth.now(clock).minusMonths(YearMonth.now(clock).getMonthValue() == 1 ? 0 : 1),
                "850");
        openModel(model.id());
        selectTab("Costs");
        click("set-budget");
        test($(BigDecimalField.class).id("budget-amount")).setValue(new BigDecimal("1000"));
        click("budget-save");
        assertThat(lastNotification()).isEqualTo("Budget " + YearMonth.now(clock).getYear()
                + " set: 85% used so far.");
        assertThat(rows(this.<BudgetView>grid("budget-grid"))).singleElement()
                .satisfies(b -> assertThat(b.reached()).containsExactly(80));
        assertThat($(Select.class).id("cost-year").getValue()).isEqualTo(YearMonth.now(clock).minusMonths(1).getYear());
    }
}
