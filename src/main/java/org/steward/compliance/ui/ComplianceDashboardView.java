package org.steward.compliance.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.steward.base.ui.Badge;
import org.steward.chart.Bar;
import org.steward.chart.Chart;
import org.steward.chart.Charts;
import org.steward.chart.MonthlyCharts;
import org.steward.chart.ui.ChartView;
import org.steward.compliance.Compliance;
import org.steward.compliance.ComplianceDashboard;
import org.steward.compliance.ComplianceReports;
import org.steward.compliance.DashboardFilter.Issue;
import org.steward.compliance.DashboardFilter;
import org.steward.compliance.DashboardRow;
import org.steward.compliance.DashboardSummary;
import org.steward.compliance.ExpiringAttestation;
import org.steward.compliance.FrameworkRevision;
import org.steward.compliance.OverdueAudit;
import org.steward.compliance.check.ComplianceStatus;
import org.steward.register.ui.ModelDetailView;

/**
 * The register's compliance for risk officers and auditors: models by framework and status, what is flagged, charts,
 * and the models behind every count (click a count to filter), each linking to its Compliance tab; attestations
 * about to expire, overdue fairness re-audits, and the register-wide report.
 */
@Route("compliance")
@PageTitle("Compliance · Steward")
@Menu(title = "Compliance", order = 16, icon = "vaadin:clipboard-check")
@RolesAllowed({"RISK_OFFICER", "AUDITOR"})
public class ComplianceDashboardView extends VerticalLayout {

    private static final String ANY = "Any";

    final Select<String> framework = new Select<>();
    final Select<String> status = new Select<>();
    final Select<String> issue = new Select<>();
    final TextField search = new TextField();
    final Grid<DashboardRow> grid = new Grid<>();
    private final ComplianceDashboard dashboard;
    private final List<FrameworkRevision> frameworks;
    private final DatePicker asOf = new DatePicker("Report as of");

    ComplianceDashboardView(ComplianceDashboard dashboard, Compliance compliance, ComplianceReports reports,
                            Clock clock) {
        this.dashboard = dashboard;
        this.frameworks = compliance.frameworks();
        addClassName("steward-view");
        var summary = dashboard.summary();
        var facts = new Paragraph(summary.models() + " models assessed at " + Shown.time(summary.at())
                + " (refreshed within a minute of any change) · ledger: " + summary.ledger() + ".");
        facts.setId("dashboard-summary");
        facts.addClassName("steward-muted");
        configureFilters();
        configureGrid();
        asOf.setId("dashboard-as-of");
        asOf.setMax(LocalDate.now(clock.withZone(ZoneOffset.UTC)));
        asOf.setClearButtonVisible(true);
        asOf.setHelperText("Empty: now.");
        var report = new HorizontalLayout(asOf, ReportLinks.forRegister(reports, asOf::getValue));
        report.setAlignItems(Alignment.BASELINE);
        var filters = new HorizontalLayout(framework, status, issue, search,
                new Button("Clear", e -> filter(null, null, null)));
        filters.setAlignItems(Alignment.BASELINE);
        add(new H2("Compliance"), facts, counts(summary), issues(summary), charts(summary), new H3("Models"),
                filters, grid, new H3("Attestations expiring within " + summary.expiryWarningDays() + " days"),
                expiring(), new H3("Fairness re-audits overdue"), overdueFairness(),
                new H3("Register report"), new Paragraph("Every framework for every model, with the ledger head and "
                        + "its verification at export time; each download is recorded in the ledger."), report);
    }

    private void configureFilters() {
        framework.setId("dashboard-framework");
        framework.setLabel("Framework");
        var codes = new ArrayList<String>();
        codes.add(ANY);
        frameworks.forEach(f -> codes.add(f.code()));
        framework.setItems(codes);
        framework.setItemLabelGenerator(c -> c.equals(ANY) ? "Any (overall)" : title(c));
        framework.setValue(ANY);
        status.setId("dashboard-status");
        status.setLabel("Status");
        var statuses = new ArrayList<String>();
        statuses.add(ANY);
        Arrays.stream(ComplianceStatus.values()).forEach(s -> statuses.add(s.name()));
        status.setItems(statuses);
        status.setItemLabelGenerator(s -> s.equals(ANY) ? ANY : ComplianceStatus.valueOf(s).label());
        status.setValue(ANY);
        issue.setId("dashboard-issue");
        issue.setLabel("Flag");
        var issues = new ArrayList<String>();
        issues.add(ANY);
        Arrays.stream(Issue.values()).forEach(i -> issues.add(i.name()));
        issue.setItems(issues);
        issue.setItemLabelGenerator(i -> i.equals(ANY) ? ANY : Issue.valueOf(i).label());
        issue.setValue(ANY);
        search.setId("dashboard-search");
        search.setLabel("Model, owner or domain");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        for (var field : List.of(framework, status, issue)) {
            field.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        }
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
    }

    DashboardFilter filter() {
        return new DashboardFilter(ANY.equals(framework.getValue()) ? null : framework.getValue(),
                ANY.equals(status.getValue()) ? null : ComplianceStatus.valueOf(status.getValue()),
                ANY.equals(issue.getValue()) ? null : Issue.valueOf(issue.getValue()), search.getValue());
    }

    /** Shows the models behind a count. */
    void filter(@Nullable String code, @Nullable ComplianceStatus s, @Nullable Issue flag) {
        framework.setValue(code == null ? ANY : code);
        status.setValue(s == null ? ANY : s.name());
        issue.setValue(flag == null ? ANY : flag.name());
        search.clear();
        grid.getDataProvider().refreshAll();
        grid.scrollIntoView();
    }

    private String title(String code) {
        return frameworks.stream().filter(f -> f.code().equals(code)).map(f -> f.framework().title()).findFirst()
                .orElse(code);
    }

    private Component counts(DashboardSummary summary) {
        var cards = new FlexLayout();
        cards.setId("dashboard-counts");
        cards.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        cards.getStyle().set("gap", "var(--lumo-space-m)");
        for (var f : summary.frameworks()) {
            var card = new VerticalLayout(new H4(f.title()));
            card.setSpacing(false);
            card.setWidth("auto");
            card.getStyle().set("border", "1px solid var(--lumo-contrast-10pct)")
                    .set("border-radius", "var(--lumo-border-radius-m)");
            var line = new HorizontalLayout();
            line.add(count(f.code(), ComplianceStatus.MET, f.met()), count(f.code(), ComplianceStatus.PARTLY,
                    f.partly()), count(f.code(), ComplianceStatus.NOT_MET, f.notMet()),
                    count(f.code(), ComplianceStatus.NOT_APPLICABLE, f.notApplicable()));
            card.add(line);
            cards.add(card);
        }
        return cards;
    }

    private Button count(String code, ComplianceStatus s, long n) {
        var button = new Button(n + " " + s.label().toLowerCase(), e -> filter(code, s, null));
        button.setId("dashboard-" + code + "-" + s.name());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, s == ComplianceStatus.NOT_MET && n > 0
                ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_CONTRAST);
        return button;
    }

    private Component issues(DashboardSummary summary) {
        var line = new HorizontalLayout();
        line.setId("dashboard-issues");
        line.getStyle().set("flex-wrap", "wrap");
        for (var i : Issue.values()) {
            var n = summary.issues().getOrDefault(i, 0L);
            var button = new Button(n + " · " + i.label(), e -> filter(null, null, i));
            button.setId("dashboard-issue-" + i.name());
            button.addThemeVariants(ButtonVariant.LUMO_SMALL, n > 0 ? ButtonVariant.LUMO_ERROR
                    : ButtonVariant.LUMO_CONTRAST);
            line.add(button);
        }
        return line;
    }

    private Component charts(DashboardSummary summary) {
        var layout = new FlexLayout();
        layout.setId("dashboard-charts");
        layout.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        layout.getStyle().set("gap", "var(--lumo-space-m)");
        try {
            for (var chart : List.of(byStatus(summary), flagged(summary))) {
                var view = new ChartView(chart);
                view.getElement().getStyle().set("flex", "1 1 28rem");
                layout.add(view);
            }
        } catch (IllegalArgumentException e) {
            layout.add(new Div("No models to chart yet."));
        }
        return layout;
    }

    static Chart byStatus(DashboardSummary summary) {
        var titles = summary.frameworks().stream().map(DashboardSummary.FrameworkCount::shortTitle).toList();
        var series = new LinkedHashMap<String, double[]>();
        series.put(ComplianceStatus.MET.label(), summary.frameworks().stream().mapToDouble(f -> f.met()).toArray());
        series.put(ComplianceStatus.PARTLY.label(), summary.frameworks().stream().mapToDouble(f -> f.partly())
                .toArray());
        series.put(ComplianceStatus.NOT_MET.label(), summary.frameworks().stream().mapToDouble(f -> f.notMet())
                .toArray());
        series.put(ComplianceStatus.NOT_APPLICABLE.label(), summary.frameworks().stream()
                .mapToDouble(f -> f.notApplicable()).toArray());
        return MonthlyCharts.stackedBars("Models by framework and status", "models", titles, series);
    }

    static Chart flagged(DashboardSummary summary) {
        var bars = Arrays.stream(Issue.values()).map(i -> new Bar(i.shortLabel(), summary.issues().getOrDefault(i, 0L),
                summary.issues().getOrDefault(i, 0L) > 0)).toList();
        return Charts.bars("Models flagged", "models", bars, null, "");
    }

    private void configureGrid() {
        grid.setId("dashboard-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setHeight("28rem");
        grid.setMultiSort(false);
        grid.addComponentColumn(r -> {
            var link = new RouterLink(r.name(), ModelDetailView.class,
                    new RouteParameters("modelId", String.valueOf(r.modelId())));
            link.setQueryParameters(QueryParameters.of("tab", "Compliance"));
            var facts = new Span(r.owner() + " · " + r.euRiskCategory().label() + " / tier "
                    + r.internalRiskTier().label() + " · " + (r.versionLabel() == null ? "no version"
                    : r.versionLabel() + " " + r.versionStatus().label()));
            facts.addClassName("steward-muted");
            facts.getStyle().setDisplay(com.vaadin.flow.dom.Style.Display.BLOCK)
                    .setFontSize("var(--lumo-font-size-xs)");
            return new Div(link, facts);
        }).setHeader("Model").setKey("name").setSortProperty("name").setFlexGrow(2).setWidth("16rem");
        for (var f : frameworks) {
            grid.addComponentColumn(r -> {
                var s = r.statuses().get(f.code());
                return s == null ? new Div() : Shown.status(s);
            }).setHeader(f.framework().shortTitle()).setKey(f.code()).setAutoWidth(true);
        }
        grid.addComponentColumn(r -> Shown.status(r.overall())).setHeader("Overall").setKey("overall")
                .setSortProperty("overall").setAutoWidth(true);
        grid.addColumn(DashboardRow::gaps).setHeader("Gaps").setKey("gaps").setSortProperty("gaps")
                .setAutoWidth(true);
        grid.addComponentColumn(r -> {
            var flags = new Div();
            r.issues().forEach(i -> flags.add(new Badge(i.label(), "high")));
            return flags;
        }).setHeader("Flags").setKey("issues").setWidth("14rem").setFlexGrow(1);
        grid.setItems(q -> dashboard.rows(filter(), VaadinSpringDataHelpers.toSpringPageRequest(q)).stream(),
                q -> (int) dashboard.count(filter())).setIdentifierProvider(DashboardRow::modelId);
        grid.setEmptyStateText("No model matches.");
    }

    private Component expiring() {
        var g = new Grid<ExpiringAttestation>();
        g.setId("dashboard-expiring");
        g.addThemeVariants(GridVariant.LUMO_COMPACT);
        g.setHeight("12rem");
        g.addColumn(ExpiringAttestation::modelName).setHeader("Model").setFlexGrow(2);
        g.addColumn(e -> e.attestation().frameworkCode() + " " + e.attestation().requirementCode())
                .setHeader("Requirement").setAutoWidth(true);
        g.addColumn(e -> e.attestation().attestedBy()).setHeader("Attested by").setAutoWidth(true);
        g.addColumn(e -> Shown.day(e.attestation().expiresAt()) + " (" + e.daysLeft() + " days)")
                .setHeader("Expires").setAutoWidth(true);
        g.setItems(q -> dashboard.expiringAttestations(VaadinSpringDataHelpers.toSpringPageRequest(q)).stream(),
                q -> (int) dashboard.countExpiringAttestations());
        g.setEmptyStateText("No attestation expires soon.");
        return g;
    }

    private Component overdueFairness() {
        var g = new Grid<OverdueAudit>();
        g.setId("dashboard-fairness");
        g.addThemeVariants(GridVariant.LUMO_COMPACT);
        g.setHeight("12rem");
        g.addComponentColumn(o -> {
            var link = new RouterLink(o.modelName() + ", version " + o.audit().versionLabel(), ModelDetailView.class,
                    new RouteParameters("modelId", String.valueOf(o.audit().modelId())));
            link.setQueryParameters(QueryParameters.of("tab", "Fairness"));
            return link;
        }).setHeader("Version").setFlexGrow(2);
        g.addColumn(o -> o.audit().verdict().label()).setHeader("Last verdict").setAutoWidth(true);
        g.addColumn(o -> Shown.day(o.audit().auditedAt())).setHeader("Audited").setAutoWidth(true);
        g.addColumn(o -> Shown.day(o.audit().dueAt())).setHeader("Re-audit due").setAutoWidth(true);
        g.setItems(q -> dashboard.overdueFairnessAudits(VaadinSpringDataHelpers.toSpringPageRequest(q)).stream(),
                q -> (int) dashboard.countOverdueFairnessAudits());
        g.setEmptyStateText("No fairness re-audit is overdue.");
        return g;
    }
}
