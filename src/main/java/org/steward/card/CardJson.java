package org.steward.card;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A card as JSON in the structure of the Model Card Toolkit's schema version {@value #MCT_SCHEMA} (model_details,
 * model_parameters, quantitative_analysis, considerations; metric values and bounds as strings, as the toolkit writes
 * them), with what the toolkit has no field for under {@code steward}: the card version, business objective, approval,
 * monitoring, fairness verdict and groups, explanation, completeness and lineage hashes. The JSON Schema that the
 * export follows is {@code classpath:card/model-card.schema.json}. Fields are written in a fixed order, so a published
 * card always gives the same bytes.
 */
final class CardJson {

    static final String MCT_SCHEMA = "0.0.2";
    static final String SCHEMA = "https://steward.example/schemas/model-card-" + CardContent.FORMAT + ".json";
    private static final JsonMapper JSON = Snapshots.JSON;

    private CardJson() {
    }

    static String render(@Nullable CardView card, CardContent c, Completeness completeness) {
        var root = JSON.createObjectNode();
        root.put("$schema", SCHEMA);
        root.put("schema_version", MCT_SCHEMA);
        var d = c.details();
        var t = c.text();
        var details = root.putObject("model_details");
        details.put("name", d.name());
        details.put("overview", d.description());
        var owner = details.putArray("owners").addObject();
        owner.put("name", d.owner());
        owner.put("contact", t.contact());
        var version = details.putObject("version");
        version.put("name", d.version());
        version.put("date", d.trainingDate() == null ? null : d.trainingDate().toString());
        version.put("diff", d.status());
        var licence = details.putArray("licenses").addObject();
        licence.put("custom_text", t.licence());
        details.putArray("references");
        details.put("regulatory_requirements", "EU AI Act category " + d.euRiskCategory() + "; internal risk tier "
                + d.internalRiskTier());

        var parameters = root.putObject("model_parameters");
        parameters.put("model_architecture", d.algorithm() + (d.framework() == null ? "" : " (" + d.framework() + ")"));
        var data = parameters.putArray("data");
        var training = data.addObject();
        training.put("name", "training");
        training.put("description", c.data().training());
        training.put("sha256", c.data().trainingDataSha256());
        var evaluation = data.addObject();
        evaluation.put("name", "evaluation");
        evaluation.put("description", c.data().evaluation());
        var sample = c.data().evaluationSample();
        evaluation.put("sha256", sample == null ? null : sample.sha256());

        var analysis = root.putObject("quantitative_analysis");
        var metrics = analysis.putArray("performance_metrics");
        var m = c.metrics();
        if (m != null) {
            for (var line : m.lines()) {
                if (line.value() == null) {
                    continue;
                }
                var metric = metrics.addObject();
                metric.put("type", line.metric());
                metric.put("value", CardMarkdown.figure(line.value()));
                metric.put("slice", m.split().toLowerCase(Locale.ROOT));
                if (line.low() != null && line.high() != null) {
                    var ci = metric.putObject("confidence_interval");
                    ci.put("lower_bound", CardMarkdown.figure(line.low()));
                    ci.put("upper_bound", CardMarkdown.figure(line.high()));
                }
            }
        }
        var f = c.fairness();
        if (f != null) {
            for (var g : f.groups()) {
                if (g.value() == null) {
                    continue;
                }
                var metric = metrics.addObject();
                metric.put("type", f.metric());
                metric.put("value", CardMarkdown.figure(g.value()));
                metric.put("slice", g.attribute() + "=" + g.group());
                if (g.low() != null && g.high() != null) {
                    var ci = metric.putObject("confidence_interval");
                    ci.put("lower_bound", CardMarkdown.figure(g.low()));
                    ci.put("upper_bound", CardMarkdown.figure(g.high()));
                }
            }
        }

        var considerations = root.putObject("considerations");
        descriptions(considerations.putArray("users"), c.uses().affectedParties());
        descriptions(considerations.putArray("use_cases"), c.uses().intendedUse());
        descriptions(considerations.putArray("limitations"), t.limitations());
        descriptions(considerations.putArray("tradeoffs"), t.caveats());
        var ethics = considerations.putArray("ethical_considerations");
        if (t.ethicalConsiderations() != null) {
            var risk = ethics.addObject();
            risk.put("name", t.ethicalConsiderations());
            risk.put("mitigation_strategy", t.howToContest());
        }

        root.set("steward", steward(card, c, completeness));
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    }

    private static ObjectNode steward(@Nullable CardView card, CardContent c, Completeness completeness) {
        var s = JSON.createObjectNode();
        s.put("format", c.format());
        var cardNode = s.putObject("card");
        cardNode.put("id", card == null ? null : card.id());
        cardNode.put("number", card == null ? null : card.number());
        cardNode.put("status", card == null ? "NONE" : card.status().name());
        cardNode.put("published_at", card == null || card.publishedAt() == null ? null : card.publishedAt().toString());
        cardNode.put("published_by", card == null ? null : card.publishedBy());
        cardNode.put("content_sha256", card == null ? null : card.contentSha256());
        cardNode.put("composed_at", c.composedAt().toString());
        var d = c.details();
        var model = s.putObject("model");
        model.put("id", d.modelId());
        model.put("business_domain", d.businessDomain());
        model.put("developer_team", d.developerTeam());
        model.put("risk_level", d.riskLevel());
        model.put("review_date", d.reviewDate() == null ? null : d.reviewDate().toString());
        model.put("out_of_scope_use", c.uses().outOfScopeUse());
        model.put("decision_supported", c.uses().decisionSupported());
        var objective = s.putObject("business_objective");
        objective.put("problem_statement", c.objective().problemStatement());
        var kpis = objective.putArray("kpis");
        c.objective().kpis().forEach(k -> {
            var kpi = kpis.addObject();
            kpi.put("name", k.name());
            kpi.put("unit", k.unit());
            kpi.put("target", k.target());
            kpi.put("direction", k.direction());
        });
        var m = c.metrics();
        if (m != null) {
            var metrics = s.putObject("metrics");
            metrics.put("dataset_sha256", m.dataset().sha256());
            metrics.put("computed_at", m.dataset().at().toString());
            metrics.put("split", m.split());
            metrics.put("rows", m.rows());
            metrics.put("primary_metric", m.primaryMetric());
            metrics.put("overfitting_gap", m.overfittingGap());
        }
        var f = c.fairness();
        if (f != null) {
            var fairness = s.putObject("fairness");
            fairness.put("dataset_sha256", f.dataset().sha256());
            fairness.put("audited_at", f.dataset().at().toString());
            fairness.put("verdict", f.verdict());
            fairness.put("policy_version", f.policyVersion());
            var findings = fairness.putArray("findings");
            f.findings().forEach(findings::add);
        }
        var e = c.explanation();
        if (e != null) {
            var explanation = s.putObject("explanation");
            explanation.put("dataset_sha256", e.dataset().sha256());
            explanation.put("computed_at", e.dataset().at().toString());
            explanation.put("method", e.method());
            explanation.put("fidelity", e.fidelity());
            explanation.put("reliable", e.reliable());
            explanation.put("summary", e.summary());
        }
        var mon = c.monitoring();
        var monitoring = s.putObject("monitoring");
        monitoring.put("baseline", mon.baseline() == null ? null : mon.baseline().rows() + " rows from "
                + mon.baseline().source());
        monitoring.put("status", mon.status());
        monitoring.put("evaluated_at", mon.evaluatedAt() == null ? null : mon.evaluatedAt().toString());
        var a = c.approval();
        var approval = s.putObject("approval");
        approval.put("status", a.status());
        approval.put("approved_at", a.approvedAt() == null ? null : a.approvedAt().toString());
        var approvers = approval.putArray("approvers");
        a.approvers().forEach(x -> {
            var approver = approvers.addObject();
            approver.put("name", x.name());
            approver.put("role", x.role());
            approver.put("at", x.at().toString());
        });
        var completenessNode = s.putObject("completeness");
        completenessNode.put("score", completeness.score());
        var missing = completenessNode.putArray("missing");
        completeness.missing().forEach(i -> missing.add(i.label()));
        var l = c.lineage();
        var lineage = s.putObject("lineage");
        lineage.put("artifact_sha256", l.artifactSha256());
        lineage.put("training_data_sha256", l.trainingDataSha256());
        lineage.put("code_commit", l.codeCommit());
        lineage.put("parent_version", l.parentVersion());
        lineage.put("evaluation_data_sha256", l.evaluationDataSha256());
        lineage.put("fairness_data_sha256", l.fairnessDataSha256());
        lineage.put("explanation_data_sha256", l.explanationDataSha256());
        return s;
    }

    private static void descriptions(ArrayNode array, @Nullable String text) {
        if (text != null) {
            array.addObject().put("description", text);
        }
    }
}
