package org.steward.cost.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;
import org.steward.chart.ui.ChartView;
import org.steward.cost.PortfolioRow;
import org.steward.register.ui.BrowserlessUiTest;

/** The portfolio: all models by cost, sortable and lazy, with charts of the selected model and a CSV export. */
class PortfolioViewTest extends BrowserlessUiTest {

    @Test
    @WithUserDetails("risk")
    void risk_officers_see_every_model_by_cost_with_the_over_budget_model_first() {
        var view = navigate(PortfolioView.class);
        Grid<PortfolioRow> grid = view.grid;
        var rows = rows(grid);

        assertThat(rows.getFirst().name()).isEqualTo("Card fraud detection");
        assertThat(rows.getFirst().budgetUsed()).isGreaterThan(java.math.BigDecimal.ONE);
        assertThat(rows).extracting(PortfolioRow::cost).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(rows).filteredOn(r -> r.name().equals("Subscription churn uplift")).singleElement()
                .satisfies(r -> {
                    assertThat(r.roi()).isNegative();
                    assertThat(r.review()).contains("missed its target");
                });
        assertThat($(Anchor.class).id("portfolio-export").getText()).isEqualTo("Export CSV");
        assertThat(exists("rate-save")).isFalse();
    }

    @Test
    @WithUserDetails("owner")
    void selecting_a_model_shows_its_three_charts() {
        var view = navigate(PortfolioView.class);
        var fraud = rows(view.grid).stream().filter(r -> r.name().equals("Card fraud detection")).findFirst()
                .orElseThrow();
        test(view.grid).select(rows(view.grid).indexOf(fraud));

        assertThat($(ChartView.class).all()).extracting(c -> c.chart().title()).contains(
                "Cost over time by category", "Fraud loss vs target").anyMatch(t -> t.startsWith("Budget burn-down"));
    }

    @Test
    @WithUserDetails("admin")
    void administrators_may_set_exchange_rates() {
        navigate(PortfolioView.class);
        assertThat(exists("rate-save")).isTrue();
    }

    @Test
    @WithUserDetails("enduser")
    void end_users_cannot_open_the_portfolio() {
        assertThatThrownBy(() -> navigate(PortfolioView.class)).isInstanceOf(Exception.class);
    }
}
