package org.steward.fairness.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import org.steward.fairness.FairnessPolicies;
import org.steward.fairness.FairnessPolicyVersion;
import org.steward.fairness.measure.MeasureLimit;

/**
 * The fairness policy of each risk level: what audits check, its history with the rationale of every change, and
 * for risk officers the change itself. Administrators and auditors read it.
 */
@Route("fairness-policy")
@PageTitle("Fairness policy · Steward")
@Menu(title = "Fairness policy", order = 60, icon = "vaadin:scale")
@RolesAllowed({"RISK_OFFICER", "ADMIN", "AUDITOR"})
public class FairnessPolicyView extends VerticalLayout {

    private final FairnessPolicies policies;
    private final VerticalLayout levels = new VerticalLayout();

    FairnessPolicyView(FairnessPolicies policies) {
        this.policies = policies;
        addClassName("steward-view");
        levels.setPadding(false);
        add(new H2("Fairness policy"), new Paragraph("Each risk level's fairness audits check the measures below "
                + "against their limits, on the point estimate (the bootstrap interval is shown next to it). A "
                + "change takes effect for new audits and re-audits; the approval gate then asks for an audit "
                + "under the current version."), levels);
        refresh();
    }

    private void refresh() {
        levels.removeAll();
        for (var policy : policies.current()) {
            levels.add(section(policy));
        }
    }

    private VerticalLayout section(FairnessPolicyVersion policy) {
        var level = policy.riskLevel().name();
        var title = new H3(policy.riskLevel().label() + " · version " + policy.version());
        var header = new HorizontalLayout(title);
        header.setAlignItems(Alignment.BASELINE);
        if (policies.canChange()) {
            var edit = new Button("Change", VaadinIcon.EDIT.create(),
                    e -> new PolicyDialog(policies, policy, changed -> refresh()).open());
            edit.setId("policy-edit-" + level);
            header.add(edit);
        }
        var rules = new Grid<MeasureLimit>();
        rules.setId("policy-rules-" + level);
        rules.addColumn(l -> l.measure().label()).setHeader("Measure").setAutoWidth(true).setFlexGrow(0);
        rules.addColumn(MeasureLimit::describe).setHeader("Limit").setAutoWidth(true).setFlexGrow(1);
        rules.setItems(policy.spec().limits());
        rules.setAllRowsVisible(true);
        rules.addThemeVariants(GridVariant.LUMO_COMPACT);
        var spec = policy.spec();
        var settings = new Span("Groups of " + spec.minGroupSize() + "+ rows compared · "
                + spec.referenceMode().label().toLowerCase(Locale.ROOT)
                + (spec.referenceGroups().isEmpty() ? "" : " " + spec.referenceGroups()) + " · "
                + (spec.intersections() ? "with" : "without") + " intersections · " + spec.rows().label()
                + " · re-audit every " + spec.reauditDays() + " days");
        settings.setId("policy-settings-" + level);
        var history = new Grid<FairnessPolicyVersion>();
        history.setId("policy-history-" + level);
        history.addColumn(p -> "v" + p.version()).setHeader("Version").setAutoWidth(true).setFlexGrow(0);
        history.addColumn(p -> Figures.time(p.changedAt())).setHeader("Changed").setAutoWidth(true).setFlexGrow(0);
        history.addColumn(FairnessPolicyVersion::changedBy).setHeader("By").setAutoWidth(true).setFlexGrow(0);
        history.addColumn(FairnessPolicyVersion::rationale).setHeader("Rationale").setFlexGrow(1);
        history.addColumn(p -> p.spec().describe()).setHeader("Policy").setFlexGrow(2);
        history.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        history.setItems(policies.history(policy.riskLevel()));
        history.setAllRowsVisible(true);
        var section = new VerticalLayout(header, rules, settings, new Span("History"), history);
        section.setId("policy-" + level);
        section.setPadding(false);
        return section;
    }
}
