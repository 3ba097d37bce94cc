package org.steward.compliance.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.steward.base.DomainException;
import org.steward.base.ui.Notifications;
import org.steward.base.ui.ReasonDialog;
import org.steward.compliance.Compliance;
import org.steward.compliance.ComplianceReports;
import org.steward.compliance.check.AttestationView;
import org.steward.compliance.check.FrameworkAssessment;
import org.steward.compliance.check.ModelCompliance;
import org.steward.compliance.check.RequirementStatus;
import org.steward.compliance.check.RequirementStatus.MetBy;
import org.steward.register.ModelView;

/**
 * A model's compliance: per framework its status and applicability, per requirement the evidence behind it with
 * links, its attestation and the gaps with who should act; attestations and applicability decisions for those who
 * may give them; the reports for auditors. Assessed when the tab is first shown, not with the page.
 */
class CompliancePanel extends VerticalLayout {

    private final Compliance compliance;
    private final ComplianceReports reports;
    private final ModelView model;
    private final Clock clock;
    private final Div body = new Div();
    private final DatePicker asOf = new DatePicker("As of");
    private boolean loaded;

    CompliancePanel(Compliance compliance, ComplianceReports reports, ModelView model, Clock clock) {
        this.compliance = compliance;
        this.reports = reports;
        this.model = model;
        this.clock = clock;
        setId("compliance-tab");
        setPadding(false);
        body.setId("compliance-body");
        body.setWidthFull();
        var bar = new HorizontalLayout();
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (compliance.canReadAsOf()) {
            asOf.setId("compliance-as-of");
            asOf.setMax(LocalDate.now(clock.withZone(ZoneOffset.UTC)));
            asOf.setClearButtonVisible(true);
            asOf.setHelperText("Empty: now. A past day: what was on record by its end (UTC).");
            asOf.addValueChangeListener(e -> show());
            bar.add(asOf);
        }
        if (reports.canExport()) {
            bar.add(ReportLinks.forModel(reports, model.id(), this::day));
        }
        add(bar, body);
        addAttachListener(e -> whenShown());
    }

    private @Nullable LocalDate day() {
        return asOf.getValue();
    }

    /** Loads when first shown: the model page builds and attaches a tab's content only once its tab is selected. */
    private void whenShown() {
        if (!loaded) {
            show();
        }
    }

    void show() {
        loaded = true;
        body.removeAll();
        ModelCompliance assessment;
        try {
            var day = day();
            assessment = day == null ? compliance.assess(model.id()) : compliance.assess(model.id(), day);
        } catch (DomainException e) {
            body.add(new Paragraph(e.getMessage()));
            return;
        }
        var summary = new Paragraph((assessment.versionLabel() == null ? "The model has no version yet."
                : "Judged on version " + assessment.versionLabel() + " (" + assessment.versionStatus().label()
                + ")") + " · assessed " + (day() == null ? "now" : "as of the end of " + day()) + " · ledger: "
                + assessment.ledger().message() + ".");
        summary.setId("compliance-summary");
        summary.addClassName("steward-muted");
        var overall = Shown.status(assessment.overall());
        overall.setId("compliance-overall");
        var headline = new HorizontalLayout(new H3("Compliance"), overall);
        headline.setAlignItems(FlexComponent.Alignment.BASELINE);
        body.add(headline, summary);
        for (var framework : assessment.frameworks()) {
            body.add(framework(framework));
        }
        body.add(attestations());
    }

    private Component framework(FrameworkAssessment f) {
        var section = new VerticalLayout();
        section.setId("compliance-" + f.code());
        section.setPadding(false);
        var status = Shown.status(f.status());
        status.setId("compliance-" + f.code() + "-status");
        var title = new H4(f.title());
        var edition = new Span(f.edition() + " · checklist revision " + f.revision());
        edition.addClassName("steward-muted");
        var head = new HorizontalLayout(title, status, edition);
        head.setAlignItems(FlexComponent.Alignment.BASELINE);
        var applicability = new Span(f.applicability() + ".");
        applicability.setId("compliance-" + f.code() + "-applicability");
        var line = new HorizontalLayout(applicability);
        line.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (compliance.canDecide() && day() == null) {
            var change = new Button("Change applicability", e -> new ApplicabilityDialog(compliance, model, f,
                    this::show).open());
            change.setId("compliance-" + f.code() + "-applicability-change");
            change.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            line.add(change);
        }
        section.add(head, line);
        if (f.applies()) {
            section.add(requirements(f));
        }
        return section;
    }

    private Grid<RequirementStatus> requirements(FrameworkAssessment f) {
        var grid = new Grid<RequirementStatus>();
        grid.setId("compliance-" + f.code() + "-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(r -> r.requirement().reference()).setHeader("Reference").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.requirement().title()).setHeader("Requirement").setFlexGrow(2);
        grid.addComponentColumn(r -> Shown.status(r.status())).setHeader("Status").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(CompliancePanel::howMet).setHeader("Evidence").setFlexGrow(2);
        grid.addColumn(r -> r.gaps().stream().map(g -> g.role().label() + " (" + g.who() + ")")
                .collect(Collectors.toCollection(LinkedHashSet::new)).stream().collect(Collectors.joining(", ")))
                .setHeader("Who should act").setFlexGrow(2);
        if (day() == null) {
            grid.addComponentColumn(r -> attestButton(f, r)).setHeader("").setKey("actions").setAutoWidth(true)
                    .setFlexGrow(0);
        }
        grid.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(r -> details(f, r)));
        grid.setDetailsVisibleOnClick(true);
        // a framework's checklist is a short, fixed list (at most a few dozen requirements), not a register table
        grid.setItems(f.requirements());
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Component attestButton(FrameworkAssessment f, RequirementStatus r) {
        if (!compliance.canAttest(model.id(), r.requirement())) {
            return new Span();
        }
        var attest = new Button("Attest…", e -> new AttestDialog(compliance, model, f.code(), r.requirement(),
                this::show).open());
        attest.setId("compliance-" + f.code() + "-" + r.requirement().code() + "-attest");
        attest.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return attest;
    }

    private static String howMet(RequirementStatus r) {
        var rules = r.evidence().size();
        var satisfied = r.evidence().stream().filter(e -> e.satisfied()).count();
        if (r.metBy() == MetBy.ATTESTATION && r.attestation() != null) {
            return "Attested by " + r.attestation().attestedBy() + " until " + Shown.day(r.attestation().expiresAt());
        }
        if (rules == 0) {
            return r.lapsed() == null ? "Attestation needed" : "Attestation lapsed";
        }
        return satisfied + " of " + rules + " evidence rule" + (rules == 1 ? "" : "s") + " satisfied";
    }

    private Component details(FrameworkAssessment f, RequirementStatus r) {
        var box = new VerticalLayout();
        box.setId("compliance-" + f.code() + "-" + r.requirement().code() + "-details");
        box.setPadding(false);
        box.setSpacing(false);
        var text = new Paragraph(r.requirement().text());
        text.addClassName("steward-muted");
        box.add(text);
        if (!r.evidence().isEmpty()) {
            var evidence = new UnorderedList();
            for (var e : r.evidence()) {
                var item = new ListItem((e.satisfied() ? "✓ " : "✗ ") + e.rule().label() + ": " + e.detail() + " ");
                item.add(new Anchor(e.link().href(), e.link().label()));
                evidence.add(item);
            }
            box.add(new Span("Evidence"), evidence);
        }
        if (r.attestation() != null) {
            box.add(attestation("Attestation", r.attestation()));
        } else if (r.lapsed() != null) {
            box.add(attestation("Lapsed attestation", r.lapsed()));
        }
        if (!r.gaps().isEmpty()) {
            var gaps = new UnorderedList();
            r.gaps().forEach(g -> gaps.add(new ListItem(g.what() + " → " + g.role().label() + ": " + g.who())));
            box.add(new Span("Gaps"), gaps);
        }
        return box;
    }

    private Component attestation(String label, AttestationView a) {
        var line = new Div(new Span(label + " by " + a.attestedBy() + " on " + Shown.day(a.attestedAt()) + ", valid "
                + "until " + Shown.day(a.expiresAt()) + (a.withdrawnAt() == null ? "" : ", withdrawn by "
                + a.withdrawnBy() + " on " + Shown.day(a.withdrawnAt())) + ": \"" + a.statement() + "\" "),
                Shown.download(a.fileName(), () -> compliance.attachment(a.id())));
        return line;
    }

    private Component attestations() {
        var all = compliance.attestations(model.id());
        var section = new VerticalLayout(new H4("Attestations"));
        section.setPadding(false);
        var grid = new Grid<AttestationView>();
        grid.setId("compliance-attestations");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(a -> a.frameworkCode() + " " + a.requirementCode()).setHeader("Requirement")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AttestationView::statement).setHeader("Statement").setFlexGrow(2);
        grid.addComponentColumn(a -> Shown.download(a.fileName(), () -> compliance.attachment(a.id())))
                .setHeader("File").setAutoWidth(true);
        grid.addColumn(a -> a.attestedBy() + ", " + Shown.day(a.attestedAt())).setHeader("Attested")
                .setAutoWidth(true);
        grid.addColumn(a -> a.withdrawnAt() != null ? "withdrawn " + Shown.day(a.withdrawnAt())
                : a.expiredAt(clock.instant()) ? "expired " + Shown.day(a.expiresAt())
                : "until " + Shown.day(a.expiresAt())).setHeader("Valid").setAutoWidth(true);
        if (compliance.canDecide()) {
            grid.addComponentColumn(a -> {
                if (a.withdrawnAt() != null || a.expiredAt(clock.instant())) {
                    return new Span();
                }
                var withdraw = new Button("Withdraw", e -> new ReasonDialog("Withdraw the attestation",
                        "It stops counting now; the withdrawal is recorded in the ledger.", "Reason", "Withdraw",
                        reason -> {
                            compliance.withdraw(a.id(), reason);
                            Notifications.success("Attestation withdrawn.");
                            show();
                        }).open());
                withdraw.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
                return withdraw;
            }).setHeader("").setAutoWidth(true);
        }
        grid.setEmptyStateText("No attestation given for this model.");
        // one model's attestations: a handful per requirement at most
        grid.setItems(all);
        grid.setAllRowsVisible(true);
        section.add(grid);
        return section;
    }
}
