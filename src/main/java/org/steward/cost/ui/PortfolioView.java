package org.steward.cost.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import org.steward.base.ui.Badge;
import org.jspecify.annotations.Nullable;
import org.steward.cost.BudgetPeriod;
import org.steward.cost.CostLedger;
import org.steward.cost.ModelValue;
import org.steward.cost.PortfolioRow;
import org.steward.register.ModelRegister;
import org.steward.register.ui.ModelDetailView;

/**
 * Every model by cost, budget use, value and status for a year, sortable and loaded page by page, with a CSV export;
 * selecting a model shows its charts. Below, the exchange rates into the reporting currency.
 */
@Route("portfolio")
@PageTitle("Portfolio · Steward")
@Menu(title = "Portfolio", order = 15, icon = "vaadin:money")
@RolesAllowed({"ADMIN", "BUSINESS_OWNER", "MODEL_DEVELOPER", "RISK_OFFICER", "AUDITOR"})
public class PortfolioView extends VerticalLayout {

    final Select<Integer> year = new Select<>();
    final Grid<PortfolioRow> grid = new Grid<>();
    final FlexLayout charts = new FlexLayout();
    private final ModelValue value;
    private final CostLedger ledger;
    private final ModelRegister register;
    private final Clock clock;
    private final String currency;
    private final Anchor export = new Anchor();

    PortfolioView(ModelValue value, CostLedger ledger, ModelRegister register, Clock clock) {
        this.value = value;
        this.ledger = ledger;
        this.register = register;
        this.clock = clock;
        this.currency = ledger.reportingCurrency().getCurrencyCode();
        addClassName("steward-view");
        var now = YearMonth.now(clock).getYear();
        year.setId("portfolio-year");
        year.setLabel("Year");
        year.setItems(now, now - 1, now - 2);
        // the year of the last complete month: in January that is last year, the one with a full record
        year.setValue(YearMonth.now(clock).minusMonths(1).getYear());
        year.addValueChangeListener(e -> {
            grid.getDataProvider().refreshAll();
            updateExport();
        });
        export.setId("portfolio-export");
        export.setText("Export CSV");
        updateExport();
        charts.setId("portfolio-charts");
        charts.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        charts.getStyle().set("gap", "var(--lumo-space-m)");
        configureGrid();
        var bar = new HorizontalLayout(year, export);
        bar.setAlignItems(Alignment.BASELINE);
        add(new H2("Portfolio"), bar, grid, charts, new H3("Exchange rates into " + currency),
                new RatesPanel(ledger));
    }

    private void configureGrid() {
        grid.setId("portfolio-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setHeight("26rem");
        grid.setMultiSort(false);
        grid.addColumn(PortfolioRow::name).setHeader("Model").setKey("name").setSortProperty("name").setFlexGrow(2)
                .setWidth("15rem").setTooltipGenerator(PortfolioRow::name);
        grid.addColumn(PortfolioRow::owner).setHeader("Owner").setKey("owner").setSortProperty("owner")
                .setAutoWidth(true);
        grid.addColumn(r -> r.status() == null ? "–" : r.status().label()).setHeader("Status").setKey("status")
                .setSortProperty("status").setAutoWidth(true);
        grid.addColumn(r -> Amounts.money(r.cost(), currency)).setHeader("Cost").setKey("cost")
                .setSortProperty("cost").setAutoWidth(true);
        grid.addComponentColumn(r -> r.budgetUsed() == null ? new Badge("no budget", "low")
                        : new Badge(Amounts.percent(r.budgetUsed()) + " of " + Amounts.money(r.budget(), currency),
                        r.budgetUsed().compareTo(java.math.BigDecimal.ONE) > 0 ? "high"
                                : r.budgetUsed().compareTo(new java.math.BigDecimal("0.8")) >= 0 ? "medium" : "low"))
                .setHeader("Budget used").setKey("budgetUsed").setSortProperty("budgetUsed").setAutoWidth(true);
        grid.addColumn(r -> Amounts.money(r.value(), currency)).setHeader("Value").setKey("value")
                .setSortProperty("value").setAutoWidth(true);
        grid.addColumn(r -> Amounts.percent(r.roi())).setHeader("ROI").setKey("roi").setSortProperty("roi")
                .setAutoWidth(true);
        grid.addComponentColumn(r -> r.review() == null ? new Div()
                        : badge("Review", r.review())).setHeader("Review").setKey("review").setAutoWidth(true);
        grid.addComponentColumn(r -> new RouterLink("Open", ModelDetailView.class,
                new RouteParameters("modelId", String.valueOf(r.modelId())))).setHeader("").setKey("open")
                .setAutoWidth(true);
        grid.setItems(q -> value.portfolio(year.getValue(), VaadinSpringDataHelpers.toSpringPageRequest(q)).stream(),
                q -> (int) value.countPortfolio()).setIdentifierProvider(PortfolioRow::modelId);
        grid.sort(List.of(new GridSortOrder<>(grid.getColumnByKey("cost"), SortDirection.DESCENDING)));
        grid.asSingleSelect().addValueChangeListener(e -> showCharts(e.getValue()));
    }

    private static Badge badge(String text, String tooltip) {
        var b = new Badge(text, "high");
        b.getElement().setAttribute("title", tooltip);
        return b;
    }

    private void showCharts(@Nullable PortfolioRow row) {
        if (row == null) {
            charts.removeAll();
            return;
        }
        var y = year.getValue();
        var now = YearMonth.now(clock);
        var to = y == now.getYear() ? now : YearMonth.of(y, 12);
        var budget = ledger.budgets(row.modelId()).stream().filter(b -> b.period().equals(BudgetPeriod.year(y)))
                .findFirst().orElse(null);
        CostCharts.show(charts, CostCharts.forModel(value, register.get(row.modelId()), y, to, currency, budget),
                row.name() + " has no costs or KPI values in " + y + " to chart.");
    }

    private void updateExport() {
        var y = year.getValue();
        export.setHref(DownloadHandler.fromInputStream(event -> {
            var bytes = value.portfolioCsv(y).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "portfolio-" + y + ".csv", "text/csv",
                    bytes.length);
        }));
        export.setRouterIgnore(true);
        export.getElement().setAttribute("download", true);
    }
}
