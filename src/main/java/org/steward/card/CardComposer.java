package org.steward.card;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.steward.approval.ApprovalWorkflow;
import org.steward.approval.DecisionKind;
import org.steward.approval.DecisionView;
import org.steward.approval.RiskLevel;
import org.steward.card.CardContent.Approval;
import org.steward.card.CardContent.Approver;
import org.steward.card.CardContent.Baseline;
import org.steward.card.CardContent.Data;
import org.steward.card.CardContent.Dataset;
import org.steward.card.CardContent.Details;
import org.steward.card.CardContent.Explanation;
import org.steward.card.CardContent.Fairness;
import org.steward.card.CardContent.FeatureLine;
import org.steward.card.CardContent.GroupLine;
import org.steward.card.CardContent.KpiLine;
import org.steward.card.CardContent.Lineage;
import org.steward.card.CardContent.MetricLine;
import org.steward.card.CardContent.Metrics;
import org.steward.card.CardContent.Monitoring;
import org.steward.card.CardContent.Objective;
import org.steward.card.CardContent.Shortfall;
import org.steward.card.CardContent.Uses;
import org.steward.dataset.Split;
import org.steward.explain.ExplanationView;
import org.steward.explain.Explanations;
import org.steward.fairness.FairnessAuditView;
import org.steward.fairness.FairnessAudits;
import org.steward.fairness.measure.FairnessResult.GroupResult;
import org.steward.register.ModelView;
import org.steward.register.VersionView;
import org.steward.statistics.Metric;
import org.steward.validation.ValidationResults;
import org.steward.validation.ValidationView;

/**
 * Composes a card from the register and the latest evidence of each kind, read through the evidence modules' own
 * services as the signed-in user (developers, owners, risk officers and auditors all read them). Evidence that does
 * not exist stays null.
 */
@Component
class CardComposer {

    /** A group counts as less accurate when its accuracy is at least this far below the best group's. */
    static final double ACCURACY_SHORTFALL = 0.02;
    /** For error metrics (lower is better): at least this many times the best group's error. */
    static final double ERROR_SHORTFALL = 1.1;
    static final int FEATURES_SHOWN = 5;

    private final ValidationResults validation;
    private final FairnessAudits fairness;
    private final Explanations explanations;
    private final org.steward.monitoring.Monitoring monitoring;
    /** Lazily: the workflow runs the card's gate, so it cannot be built before it. */
    private final ObjectProvider<ApprovalWorkflow> approval;

    CardComposer(ValidationResults validation, FairnessAudits fairness, Explanations explanations,
                 org.steward.monitoring.Monitoring monitoring, ObjectProvider<ApprovalWorkflow> approval) {
        this.validation = validation;
        this.fairness = fairness;
        this.explanations = explanations;
        this.monitoring = monitoring;
        this.approval = approval;
    }

    CardContent compose(ModelView model, VersionView version, CardText text, Instant at) {
        var d = model.details();
        var v = version.details();
        var risk = RiskLevel.of(d);
        var details = new Details(model.id(), d.name(), d.description(), d.businessDomain(), d.owner(),
                d.developerTeam(), v.label(), v.algorithm(), v.framework(), v.trainingDate(), version.registeredAt(),
                version.status().label(), v.stage().name(), d.euRiskCategory().name(), d.internalRiskTier().name(),
                risk.name(), d.reviewDate());
        var uses = new Uses(d.intendedUse(), d.outOfScopeUse(), d.objective().decisionSupported(),
                d.objective().affectedParties());
        var objective = new Objective(d.objective().problemStatement(), d.kpis().stream()
                .map(k -> new KpiLine(k.name(), k.unit(), k.target(), k.direction().name())).toList());
        var validated = validation.latest(model.id(), version.id());
        var metrics = validated.map(CardComposer::metrics).orElse(null);
        var data = new Data(v.trainingDataDescription(), v.evaluationDataDescription(), v.trainingDataSha256(),
                validated.map(r -> new Dataset(r.datasetFile(), r.datasetSha256(), r.computedAt())).orElse(null));
        var audit = fairness.latest(model.id(), version.id()).map(CardComposer::fairness).orElse(null);
        var explained = explanations.latest(version.id()).map(CardComposer::explanation).orElse(null);
        var lineage = new Lineage(v.artifactSha256(), v.trainingDataSha256(), v.codeCommit(), v.parentLabel(),
                metrics == null ? null : metrics.dataset().sha256(), audit == null ? null : audit.dataset().sha256(),
                explained == null ? null : explained.dataset().sha256());
        return new CardContent(CardContent.FORMAT, details, uses, objective, data, metrics, audit, explained, text,
                monitoring(model, version), approval(model, version), lineage, at);
    }

    private static Metrics metrics(ValidationView r) {
        var report = r.report();
        var split = report.split(Split.TEST).or(() -> report.split(Split.HOLDOUT))
                .or(() -> report.splits().stream().findFirst()).orElse(null);
        var lines = new ArrayList<MetricLine>();
        Double accuracy = null;
        int rows = 0;
        var splitName = "none";
        if (split != null) {
            rows = split.rows();
            splitName = split.split().label();
            for (var m : split.metrics()) {
                var interval = m.interval();
                lines.add(new MetricLine(m.label(), m.value(), interval == null ? null : interval.low(),
                        interval == null ? null : interval.high(), m.metric().higherIsBetter(), m.primary(),
                        m.reason()));
                if (m.metric() == Metric.ACCURACY) {
                    accuracy = m.value();
                }
            }
        }
        return new Metrics(new Dataset(r.datasetFile(), r.datasetSha256(), r.computedAt()), r.task().label(),
                splitName, rows, r.primaryMetric().label(), lines, r.overfittingGap(), accuracy, report.method());
    }

    private static Fairness fairness(FairnessAuditView view) {
        var a = view.audit();
        var result = view.result();
        var lowerIsBetter = result.primaryMetric().equalsIgnoreCase("MAE");
        var metricName = lowerIsBetter ? result.primaryMetric() : "Accuracy";
        var groups = new ArrayList<GroupLine>();
        var shortfalls = new ArrayList<Shortfall>();
        for (var attribute : result.attributes()) {
            if (attribute.intersection()) {
                continue;
            }
            for (var g : attribute.groups()) {
                var e = lowerIsBetter ? g.metric() : g.accuracy();
                groups.add(new GroupLine(attribute.name(), g.group(), g.n(), e.value(), e.low(), e.high(),
                        g.selectionRate().value(), g.small()));
            }
            shortfalls.addAll(shortfalls(attribute.name(), attribute.groups(), lowerIsBetter));
        }
        return new Fairness(new Dataset("sample " + a.datasetId(), a.datasetSha256(), a.auditedAt()),
                a.verdict().label(), a.policyVersion(), result.selection(), result.rows(), metricName, lowerIsBetter,
                a.findings(), groups, shortfalls);
    }

    /** The groups of one attribute, large enough to compare, whose metric is clearly worse than the best one's. */
    static List<Shortfall> shortfalls(String attribute, List<GroupResult> groups, boolean lowerIsBetter) {
        record Value(String group, double value) {
        }
        var compared = groups.stream().filter(g -> !g.small())
                .map(g -> (lowerIsBetter ? g.metric() : g.accuracy()).value() == null ? null
                        : new Value(g.group(), (lowerIsBetter ? g.metric() : g.accuracy()).value()))
                .filter(java.util.Objects::nonNull).toList();
        if (compared.size() < 2) {
            return List.of();
        }
        Comparator<Value> better = Comparator.comparingDouble(Value::value);
        var best = lowerIsBetter ? compared.stream().min(better).orElseThrow()
                : compared.stream().max(better).orElseThrow();
        return compared.stream()
                .filter(g -> lowerIsBetter ? g.value() >= best.value() * ERROR_SHORTFALL && g.value() > best.value()
                        : g.value() <= best.value() - ACCURACY_SHORTFALL)
                .sorted(lowerIsBetter ? better.reversed() : better)
                .map(g -> new Shortfall(attribute, g.group(), g.value(), best.group(), best.value())).toList();
    }

    private static Explanation explanation(ExplanationView e) {
        var report = e.report();
        var features = report.features().stream().limit(FEATURES_SHOWN)
                .map(f -> new FeatureLine(f.name(), f.share(), f.direction())).toList();
        var method = e.kind().name().toLowerCase(Locale.ROOT).equals("surrogate")
                ? "Random-forest surrogate with tree SHAP" : "Imported attributions";
        return new Explanation(new Dataset(e.datasetFile(), e.datasetSha256(), e.computedAt()), method,
                e.fidelity(), e.reliable(), report.summary(), features);
    }

    private Monitoring monitoring(ModelView model, VersionView version) {
        var baseline = monitoring.baseline(model.id(), version.label())
                .map(b -> new Baseline(b.source(), b.rows(), b.features().size(), b.createdAt())).orElse(null);
        var latest = monitoring.timeline(model.id(), PageRequest.of(0, 1)).stream().findFirst();
        return new Monitoring(baseline, latest.map(s -> s.status().name()).orElse(null),
                latest.map(s -> s.evaluatedAt()).orElse(null), latest.map(s -> s.reasons()).orElse(null));
    }

    private Approval approval(ModelView model, VersionView version) {
        var decisions = approval.getObject().decisions(model.id(), version.label());
        var lastSubmit = -1;
        for (int i = 0; i < decisions.size(); i++) {
            if (decisions.get(i).kind() == DecisionKind.SUBMIT) {
                lastSubmit = i;
            }
        }
        var approvals = decisions.subList(lastSubmit + 1, decisions.size()).stream()
                .filter(x -> x.kind() == DecisionKind.APPROVE).toList();
        var approvers = approvals.stream().map(x -> new Approver(x.actor(), x.actedAs().label(), x.at())).toList();
        @Nullable Instant approvedAt = approvals.stream().map(DecisionView::at).max(Comparator.naturalOrder())
                .orElse(null);
        return new Approval(version.status().label(), approvers, approvedAt,
                approvals.stream().anyMatch(DecisionView::gatesOverridden));
    }
}
