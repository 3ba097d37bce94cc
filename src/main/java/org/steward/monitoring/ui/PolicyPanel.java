package org.steward.monitoring.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import org.springframework.security.access.AccessDeniedException;
import org.steward.base.DomainException;
import org.steward.base.ui.Badge;
import org.steward.base.ui.Notifications;
import org.steward.monitoring.Limit;
import org.steward.monitoring.Monitoring;
import org.steward.monitoring.MonitoringPolicies;
import org.steward.monitoring.MonitoringPolicy;
import org.steward.monitoring.MonitoringPolicySpec;
import org.steward.monitoring.MonitoringStatus;
import org.steward.monitoring.Replay;
import org.steward.register.ModelView;

/**
 * The model's monitoring policy: the version in force with its rationale, and for the owner or a risk officer a
 * proposal whose what-if replay over the stored evaluations is shown before it is adopted as the next version.
 */
final class PolicyPanel extends VerticalLayout {

    private final MonitoringPolicies policies;
    private final Monitoring monitoring;
    private final ModelView model;
    private final Paragraph current = new Paragraph();
    private final VerticalLayout proposal = new VerticalLayout();
    private MonitoringPolicy policy;

    PolicyPanel(MonitoringPolicies policies, Monitoring monitoring, ModelView model) {
        this.policies = policies;
        this.monitoring = monitoring;
        this.model = model;
        this.policy = policies.current(model.id());
        setPadding(false);
        setId("monitoring-policy-panel");
        current.setId("monitoring-policy");
        proposal.setPadding(false);
        proposal.setVisible(false);
        add(new H3("Monitoring policy"), current);
        if (policies.canChange(model.id())) {
            var propose = new Button("Propose a change", e -> {
                proposal.setVisible(!proposal.isVisible());
                if (proposal.isVisible() && proposal.getComponentCount() == 0) {
                    proposal.add(new Proposal().layout());
                }
            });
            propose.setId("monitoring-policy-propose");
            add(propose, proposal);
        }
        showCurrent();
    }

    private void showCurrent() {
        var s = policy.spec();
        current.setText("Version " + policy.policyVersion() + (policy.policyVersion() == 0 ? " (Steward's defaults)"
                : " by " + policy.changedBy() + " on " + Shown.time(policy.changedAt())) + ". Window "
                + s.describeWindow() + ", at least " + s.minRows() + " rows; RED when " + plain(s.driftRedShare() * 100)
                + " % of the features drifted; missing " + limit(s.missingRate(), 100, " %") + ", out of range "
                + limit(s.outOfRangeRate(), 100, " %") + ", unseen " + limit(s.unseenRate(), 100, " %") + ", errors "
                + limit(s.errorRate(), 100, " %") + "; ROC AUC drop " + limit(s.aucDrop(), 1, "") + " from "
                + s.minOutcomes() + " outcomes; latency p95 " + limit(s.latencyP95Ms(), 1, " ms")
                + (s.criteria().isEmpty() ? "" : "; " + s.criteria().size() + " per-feature drift criteria")
                + (s.retrainOnRed() ? "; RED asks for retraining." : "; RED does not ask for retraining.")
                + (policy.policyVersion() == 0 ? "" : " Rationale: " + policy.rationale()));
    }

    private static String plain(double value) {
        return new DecimalFormat("0.####", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(value);
    }

    private static String limit(Limit l, double scale, String unit) {
        return "AMBER > " + plain(l.amber() * scale) + unit + ", RED > " + plain(l.red() * scale) + unit;
    }

    /** The form of a proposed spec, its replay and its adoption. */
    private final class Proposal {

        private final IntegerField windowBatches = integer("Window: last batches", "monitoring-policy-window");
        private final IntegerField windowHours = integer("or window: last hours (optional)", "monitoring-policy-hours");
        private final IntegerField minRows = integer("Minimum rows", "monitoring-policy-min-rows");
        private final NumberField redShare = number("RED at drifted features (%)", "monitoring-policy-red-share");
        private final LimitFields missing = new LimitFields("Missing (%)", "missing", 100);
        private final LimitFields outOfRange = new LimitFields("Out of range (%)", "out-of-range", 100);
        private final LimitFields unseen = new LimitFields("Unseen categories (%)", "unseen", 100);
        private final LimitFields typeErrors = new LimitFields("Type errors (%)", "type-errors", 100);
        private final LimitFields duplicates = new LimitFields("Duplicate request ids (%)", "duplicates", 100);
        private final LimitFields aucDrop = new LimitFields("ROC AUC drop", "auc-drop", 1);
        private final IntegerField minOutcomes = integer("Minimum outcomes", "monitoring-policy-min-outcomes");
        private final LimitFields errors = new LimitFields("Errors (%)", "errors", 100);
        private final LimitFields latency = new LimitFields("Latency p95 (ms)", "latency", 1);
        private final Checkbox retrain = new Checkbox("RED asks for retraining");
        private final Paragraph summary = new Paragraph();
        private final Grid<Replay> replay = new Grid<>();
        private final TextArea rationale = new TextArea("Rationale");

        VerticalLayout layout() {
            var s = policy.spec();
            windowBatches.setValue(s.windowBatches());
            windowHours.setValue(s.windowHours());
            minRows.setValue(s.minRows());
            redShare.setValue(s.driftRedShare() * 100);
            missing.set(s.missingRate());
            outOfRange.set(s.outOfRangeRate());
            unseen.set(s.unseenRate());
            typeErrors.set(s.typeErrorRate());
            duplicates.set(s.duplicateRate());
            aucDrop.set(s.aucDrop());
            minOutcomes.setValue(s.minOutcomes());
            errors.set(s.errorRate());
            latency.set(s.latencyP95Ms());
            retrain.setValue(s.retrainOnRed());
            retrain.setId("monitoring-policy-retrain");
            var form = new FormLayout(windowBatches, windowHours, minRows, redShare, minOutcomes, retrain);
            for (var l : List.of(missing, outOfRange, unseen, typeErrors, duplicates, aucDrop, errors, latency)) {
                form.add(l.amber, l.red);
            }
            form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 2), new FormLayout.ResponsiveStep("40em", 4));
            var run = new Button("Replay over the stored evaluations", e -> replay());
            run.setId("monitoring-policy-replay");
            summary.setId("monitoring-replay-summary");
            replay.setId("monitoring-replay");
            replay.addColumn(r -> Shown.time(r.windowEnd())).setHeader("Window end").setAutoWidth(true)
                    .setFlexGrow(0);
            replay.addColumn(Replay::versionLabel).setHeader("Version").setAutoWidth(true).setFlexGrow(0);
            replay.addComponentColumn(r -> new Badge(r.recorded() + " (v" + r.recordedPolicyVersion() + ")",
                    Shown.level(r.recorded()))).setHeader("Recorded").setAutoWidth(true).setFlexGrow(0);
            replay.addComponentColumn(r -> new Badge(r.proposed().name(), Shown.level(r.proposed())))
                    .setHeader("Proposed").setAutoWidth(true).setFlexGrow(0);
            replay.addColumn(r -> r.changed() ? "changed" : "").setHeader("").setAutoWidth(true).setFlexGrow(0);
            replay.addColumn(r -> String.join("; ", r.reasons())).setHeader("Reasons under the proposal")
                    .setFlexGrow(1);
            replay.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
            replay.setHeight("20em");
            replay.setVisible(false);
            rationale.setId("monitoring-policy-rationale");
            rationale.setWidthFull();
            rationale.setHelperText("Why the thresholds change (at least " + MonitoringPolicies.RATIONALE_MIN
                    + " characters); recorded with the version.");
            var adopt = new Button("Adopt as version " + (policy.policyVersion() + 1), e -> adopt());
            adopt.setId("monitoring-policy-adopt");
            adopt.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            var layout = new VerticalLayout(form, new HorizontalLayout(run), summary, replay, rationale, adopt);
            layout.setPadding(false);
            return layout;
        }

        private MonitoringPolicySpec spec() {
            var s = policy.spec();
            return new MonitoringPolicySpec(value(windowBatches), windowHours.getValue(), value(minRows),
                    value(redShare) / 100, s.criteria(), missing.limit(), outOfRange.limit(), unseen.limit(),
                    typeErrors.limit(), duplicates.limit(), aucDrop.limit(), value(minOutcomes), errors.limit(),
                    latency.limit(), retrain.getValue());
        }

        private void replay() {
            try {
                var replays = monitoring.whatIf(model.id(), spec());
                long changed = replays.stream().filter(Replay::changed).count();
                long red = replays.stream().filter(r -> r.recorded() == MonitoringStatus.RED)
                        .count();
                long proposedRed = replays.stream()
                        .filter(r -> r.proposed() == MonitoringStatus.RED).count();
                summary.setText(replays.isEmpty() ? "No stored evaluations to replay yet."
                        : "Over the last " + replays.size() + " evaluations the proposal changes " + changed
                        + " statuses; RED " + red + " → " + proposedRed + ". Nothing is stored.");
                replay.setItems(replays);
                replay.setVisible(!replays.isEmpty());
            } catch (DomainException e) {
                Notifications.error(e.getMessage());
            }
        }

        private void adopt() {
            try {
                policy = policies.change(model.id(), policy.policyVersion(), spec(), rationale.getValue());
                Notifications.success("Monitoring policy version " + policy.policyVersion() + " adopted.");
                showCurrent();
                proposal.removeAll();
                proposal.setVisible(false);
            } catch (DomainException e) {
                Notifications.error(e.getMessage());
            } catch (AccessDeniedException e) {
                Notifications.error("Only the model's business owner or a risk officer changes its policy.");
            }
        }
    }

    /** An AMBER and a RED field of one limit, shown scaled (e.g. rates as %). */
    private static final class LimitFields {

        final NumberField amber;
        final NumberField red;
        final double scale;

        LimitFields(String label, String id, double scale) {
            this.amber = number(label + " AMBER above", "monitoring-policy-" + id + "-amber");
            this.red = number(label + " RED above", "monitoring-policy-" + id + "-red");
            this.scale = scale;
        }

        void set(Limit l) {
            amber.setValue(l.amber() * scale);
            red.setValue(l.red() * scale);
        }

        Limit limit() {
            return new Limit(value(amber) / scale, value(red) / scale);
        }
    }

    private static IntegerField integer(String label, String id) {
        var field = new IntegerField(label);
        field.setId(id);
        return field;
    }

    private static NumberField number(String label, String id) {
        var field = new NumberField(label);
        field.setId(id);
        return field;
    }

    private static int value(IntegerField field) {
        return field.getValue() == null ? 0 : field.getValue();
    }

    private static double value(NumberField field) {
        return field.getValue() == null ? Double.NaN : field.getValue();
    }
}
