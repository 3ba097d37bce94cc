package org.steward.approval.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.steward.approval.ApprovalDelegations;
import org.steward.approval.ApprovalState;
import org.steward.approval.ApprovalWorkflow;
import org.steward.approval.DecisionKind;
import org.steward.approval.DecisionView;
import org.steward.approval.GateEvaluation;
import org.steward.approval.GateOutcome;
import org.steward.base.ui.Badge;
import org.steward.register.ApprovalStatus;
import org.steward.register.ModelRegister;
import org.steward.register.ModelView;
import org.steward.register.VersionView;

/** One version's approval: status, evidence gates, decisions so far and the buttons for what the user may decide. */
class ApprovalPanel extends VerticalLayout {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

    private final ApprovalWorkflow workflow;
    private final ApprovalDelegations delegations;
    private final ModelView model;
    private final HorizontalLayout delegation = new HorizontalLayout();
    private final ComboBox<VersionView> versions = new ComboBox<>("Version");
    private final Div status = new Div();
    private final Grid<GateEvaluation> gates = new Grid<>();
    private final Grid<DecisionView> decisions = new Grid<>();
    private final HorizontalLayout actions = new HorizontalLayout();

    ApprovalPanel(ApprovalWorkflow workflow, ApprovalDelegations delegations, ModelRegister register,
                  ModelView model) {
        this.workflow = workflow;
        this.delegations = delegations;
        this.model = model;
        setId("approval-tab");
        setPadding(false);
        versions.setId("approval-version");
        versions.setItemLabelGenerator(v -> v.label() + " · " + v.status().label());
        var all = register.versions(model.id(), PageRequest.of(0, 100));
        versions.setItems(all);
        versions.addValueChangeListener(e -> show(e.getValue()));
        status.setId("approval-status");
        actions.setId("approval-actions");
        gates.setId("approval-gates");
        gates.addColumn(GateEvaluation::gate).setHeader("Gate").setAutoWidth(true).setFlexGrow(0);
        gates.addComponentColumn(g -> new Badge(g.outcome().label(), level(g.outcome()))).setHeader("Result")
                .setAutoWidth(true).setFlexGrow(0);
        gates.addColumn(GateEvaluation::reason).setHeader("Reason").setFlexGrow(1);
        gates.setAllRowsVisible(true);
        decisions.setId("approval-decisions");
        decisions.addColumn(d -> WHEN.format(d.at())).setHeader("When").setAutoWidth(true).setFlexGrow(0);
        decisions.addColumn(DecisionView::actor).setHeader("Who").setAutoWidth(true).setFlexGrow(0);
        decisions.addColumn(d -> d.actedAs().label()).setHeader("As").setAutoWidth(true).setFlexGrow(0);
        decisions.addColumn(ApprovalPanel::decision).setHeader("Decision").setAutoWidth(true).setFlexGrow(0);
        decisions.addColumn(DecisionView::rationale).setHeader("Rationale").setFlexGrow(1);
        decisions.addColumn(ApprovalPanel::conditions).setHeader("Conditions").setFlexGrow(1);
        decisions.setAllRowsVisible(true);
        decisions.setEmptyStateText("No decisions yet.");
        delegation.setId("approval-delegation");
        delegation.setAlignItems(Alignment.BASELINE);
        showDelegation();
        add(delegation);
        if (all.isEmpty()) {
            add(new Paragraph("This model has no versions yet."));
            return;
        }
        add(versions, status, actions, new H3("Evidence gates"), gates, new H3("Decisions"), decisions);
        versions.setValue(all.getFirst());
    }

    private void show(@Nullable VersionView version) {
        status.removeAll();
        actions.removeAll();
        if (version == null) {
            gates.setItems();
            decisions.setItems();
            return;
        }
        var state = workflow.state(model.id(), version.label());
        var v = state.version();
        status.add(new Span("Status: "), new Badge(v.status().label(), "neutral"),
                new Span(" · stage " + v.details().stage().label() + " · " + state.risk().label()
                        + (state.needsTwoApprovers() ? ": needs the business owner's and a risk officer's approval"
                        : ": needs the business owner's approval")));
        gates.setItems(state.gates());
        decisions.setItems(state.decisions());
        for (var kind : DecisionKind.values()) {
            if (state.actions().contains(kind)) {
                actions.add(button(kind, state));
            }
        }
    }

    /** The active delegation of the owner's approvals, and for the owner the buttons to delegate or revoke. */
    private void showDelegation() {
        delegation.removeAll();
        var current = delegations.current(model.id());
        current.ifPresent(d -> {
            var text = new Span("Approvals delegated to " + d.delegate() + " since " + DAY.format(d.grantedAt())
                    + " (" + d.rationale() + ")");
            text.setId("approval-delegation-text");
            delegation.add(text);
        });
        if (delegations.mayDelegate(model.id())) {
            var delegate = new Button(current.isPresent() ? "Delegate to someone else" : "Delegate approvals",
                    e -> new DelegationDialog(delegations, model.id(), false, this::afterDelegation).open());
            delegate.setId("approval-delegate");
            delegation.add(delegate);
            if (current.isPresent()) {
                var revoke = new Button("Revoke delegation",
                        e -> new DelegationDialog(delegations, model.id(), true, this::afterDelegation).open());
                revoke.setId("approval-revoke-delegation");
                revoke.addThemeVariants(ButtonVariant.LUMO_ERROR);
                delegation.add(revoke);
            }
        }
        delegation.setVisible(delegation.getComponentCount() > 0);
    }

    /** Who may decide changed: show the delegation and the version's buttons again. */
    private void afterDelegation() {
        showDelegation();
        if (versions.getValue() != null) {
            show(versions.getValue());
        }
    }

    private Button button(DecisionKind kind, ApprovalState state) {
        var button = new Button(kind.label(), e -> new DecisionDialog(workflow, model.id(), kind, state,
                this::reload).open());
        button.setId("approval-" + kind.name().toLowerCase().replace('_', '-'));
        if (kind == DecisionKind.APPROVE || kind == DecisionKind.SUBMIT || kind == DecisionKind.DEPLOY) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        } else if (kind == DecisionKind.REJECT) {
            button.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        return button;
    }

    /** After a decision: the version's status and lock version changed, so read everything again. */
    private void reload(VersionView after) {
        var items = versions.getListDataView().getItems()
                .map(v -> v.id() == after.id() ? after : v).toList();
        versions.setItems(items);
        versions.setValue(after);
    }

    private static String level(GateOutcome outcome) {
        return switch (outcome) {
            case PASS -> "low";
            case FAIL -> "high";
            case NOT_APPLICABLE -> "neutral";
        };
    }

    private static String decision(DecisionView d) {
        var text = d.kind().label() + (d.gatesOverridden() ? " (gates overridden)" : "");
        // the first of two approvals of a high-risk version leaves it submitted
        return d.kind() == DecisionKind.APPROVE && d.to() == ApprovalStatus.SUBMITTED ? text + " (1 of 2)" : text;
    }

    private static String conditions(DecisionView d) {
        return d.conditions().stream().map(c -> c.text() + " (due " + c.due() + ")")
                .collect(Collectors.joining("; "));
    }
}
