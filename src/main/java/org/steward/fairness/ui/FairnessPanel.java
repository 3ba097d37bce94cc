package org.steward.fairness.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.steward.base.DomainException;
import org.steward.base.ui.Badge;
import org.steward.base.ui.Notifications;
import org.steward.fairness.FairnessAuditSummary;
import org.steward.fairness.FairnessAuditView;
import org.steward.fairness.FairnessAudits;
import org.steward.register.ModelRegister;
import org.steward.dataset.Datasets;
import org.steward.register.ModelView;
import org.steward.register.VersionView;

/** A version's latest fairness audit (verdict, measures, groups, charts) and the model's audit history. */
class FairnessPanel extends VerticalLayout {

    private final FairnessAudits audits;
    private final ModelView model;
    private final Clock clock;
    private final ComboBox<VersionView> versions = new ComboBox<>("Version");
    private final Datasets datasets;
    private final Div audit = new Div();
    private final Grid<FairnessAuditSummary> history = new Grid<>();

    FairnessPanel(FairnessAudits audits, Datasets datasets, ModelRegister register, ModelView model, Clock clock) {
        this.audits = audits;
        this.datasets = datasets;
        this.model = model;
        this.clock = clock;
        setId("fairness-tab");
        setPadding(false);
        var all = register.versions(model.id(), PageRequest.of(0, 100));
        if (all.isEmpty()) {
            add(new Paragraph("This model has no versions yet."));
            return;
        }
        versions.setId("fairness-version");
        versions.setItemLabelGenerator(VersionView::label);
        versions.setItems(all);
        versions.addValueChangeListener(e -> show(e.getValue()));
        audit.setId("fairness-audit");
        audit.setWidthFull();
        configureHistory();
        add(versions, audit, new H3("Audit history"), history);
        versions.setValue(all.getFirst());
    }

    private void show(@Nullable VersionView version) {
        audit.removeAll();
        if (version == null) {
            return;
        }
        var latest = audits.latest(model.id(), version.id());
        if (latest.isEmpty()) {
            var none = new Paragraph("No fairness audit for version " + version.label() + " yet: upload a scored "
                    + "sample with sensitive-attribute columns in Evaluation data.");
            none.setId("fairness-none");
            audit.add(none);
            return;
        }
        var view = latest.get();
        audit.add(header(view, version));
        var result = view.result();
        var caption = "dataset " + view.audit().shortHash() + " · " + result.selection() + " · "
                + (result.settings().resamples() == 0 ? "no intervals" : "bootstrap " + result.settings().resamples()
                + "×, " + Math.round(result.settings().confidence() * 100) + " % intervals");
        var index = 0;
        for (var attribute : result.attributes()) {
            audit.add(new AttributeSection(attribute, result, index++, caption));
        }
    }

    private VerticalLayout header(FairnessAuditView view, VersionView version) {
        var a = view.audit();
        var result = view.result();
        var verdict = new Badge(a.verdict().label(), Figures.level(a.verdict()));
        verdict.setId("fairness-verdict");
        var facts = new Span("Policy v" + a.policyVersion() + " (" + a.riskLevel().label().toLowerCase(Locale.ROOT)
                + ") · audited " + Figures.time(a.auditedAt()) + " by " + a.auditedBy() + " · re-audit due "
                + Figures.day(a.dueAt()));
        facts.setId("fairness-facts");
        var line = new HorizontalLayout(verdict, facts);
        line.setAlignItems(Alignment.BASELINE);
        if (a.dueBy(clock.instant())) {
            var overdue = new Badge("Re-audit overdue", "high");
            overdue.setId("fairness-overdue");
            line.add(overdue);
        }
        var purged = datasets.purgeNote(a.datasetId());
        if (audits.canReaudit() && purged.isEmpty()) {
            var reaudit = new Button("Re-audit with current policy", e -> reaudit(a.datasetId(), version));
            reaudit.setId("fairness-reaudit");
            reaudit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            line.add(reaudit);
        }
        var dataset = new Span("Dataset " + a.shortHash() + " · " + result.selection() + ", " + result.rows()
                + " rows · " + result.primaryMetric() + " per group");
        dataset.setId("fairness-dataset");
        var method = new Paragraph(result.method());
        method.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        var header = new VerticalLayout(line, dataset, method);
        purged.ifPresent(note -> {
            var span = new Span(note);
            span.setId("fairness-purged");
            header.add(span);
        });
        header.setPadding(false);
        header.setSpacing(false);
        if (!a.findings().isEmpty()) {
            header.add(list("fairness-findings", a.findings()));
        }
        if (!result.warnings().isEmpty()) {
            header.add(new Span("Warnings:"), list("fairness-warnings", result.warnings()));
        }
        return header;
    }

    private static UnorderedList list(String id, List<String> lines) {
        var list = new UnorderedList(lines.stream().map(ListItem::new).toArray(ListItem[]::new));
        list.setId(id);
        return list;
    }

    private void reaudit(long datasetId, VersionView version) {
        try {
            var done = audits.reaudit(datasetId);
            Notifications.success("Re-audited with the " + done.riskLevel().label().toLowerCase(Locale.ROOT)
                    + " fairness policy v" + done.policyVersion() + ": " + done.verdict().label() + ".");
            show(version);
            history.getDataProvider().refreshAll();
        } catch (DomainException e) {
            Notifications.error(e.getMessage());
        } catch (AccessDeniedException e) {
            Notifications.error("Your role does not allow re-audits.");
        }
    }

    private void configureHistory() {
        history.setId("fairness-history");
        history.addColumn(a -> Figures.time(a.auditedAt())).setHeader("Audited").setAutoWidth(true).setFlexGrow(0);
        history.addColumn(FairnessAuditSummary::versionLabel).setHeader("Version").setAutoWidth(true).setFlexGrow(0);
        history.addComponentColumn(a -> new Badge(a.verdict().label(), Figures.level(a.verdict())))
                .setHeader("Verdict").setAutoWidth(true).setFlexGrow(0);
        history.addColumn(a -> "v" + a.policyVersion() + " · " + a.riskLevel().label()).setHeader("Policy")
                .setAutoWidth(true).setFlexGrow(0);
        history.addColumn(FairnessAuditSummary::shortHash).setHeader("Dataset").setAutoWidth(true).setFlexGrow(0);
        history.addColumn(FairnessAuditSummary::auditedBy).setHeader("By").setAutoWidth(true).setFlexGrow(0);
        history.addColumn(a -> String.join("; ", a.findings())).setHeader("Findings").setFlexGrow(1);
        history.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        history.setAllRowsVisible(true);
        history.setEmptyStateText("No fairness audits yet.");
        history.setItems(query -> audits.history(model.id(), VaadinSpringDataHelpers.toSpringPageRequest(query))
                .stream(), query -> (int) audits.count(model.id()));
    }
}
