package org.steward.compliance.check;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.steward.approval.DecisionKind;
import org.steward.compliance.check.ModelEvidence.DecisionPoint;
import org.steward.compliance.check.ModelEvidence.VersionEvidence;
import org.steward.fairness.measure.Verdict;
import org.steward.monitoring.MonitoringStatus;
import org.steward.register.ApprovalStatus;

/** The checks behind the {@link EvidenceRule}s: pure functions of a model's {@link ModelEvidence}. */
public final class Rules {

    private Rules() {
    }

    private record Finding(boolean satisfied, String detail) {
    }

    public static RuleResult check(EvidenceRule rule, ModelEvidence e) {
        var finding = switch (rule) {
            case RISK_TIER_JUSTIFIED -> riskTier(e);
            case OBJECTIVE_AND_KPIS -> objective(e);
            case INTENDED_USE -> intendedUse(e);
            case OWNER_ACCOUNTABLE -> e.ownerActive()
                    ? ok("Owned by " + e.model().details().owner() + ", an active business owner.")
                    : no("The owner " + e.model().details().owner() + " is not an active business owner: assign one.");
            case REVIEW_CURRENT -> review(e);
            case LINEAGE_PINNED -> withVersion(e, Rules::lineage);
            case DATA_DESCRIBED -> withVersion(e, Rules::dataDescribed);
            case DATASET_HASHED -> withVersion(e, Rules::datasets);
            case DATA_PROTECTION -> protection(e);
            case VALIDATION -> withVersion(e, v -> validation(v, e.maxOverfittingGap()));
            case FAIRNESS -> withVersion(e, v -> fairness(v, e));
            case EXPLANATION -> withVersion(e, Rules::explanation);
            case MODEL_CARD -> withVersion(e, Rules::modelCard);
            case MONITORING_BASELINE -> withVersion(e, Rules::baseline);
            case MONITORING_STATUS -> monitoring(e);
            case APPROVAL -> withVersion(e, Rules::approval);
            case TWO_APPROVERS -> withVersion(e, Rules::twoApprovers);
            case LEDGER_INTACT -> ledger(e);
            case COST_ESTIMATE -> e.budgetRecorded() ? ok("A budget is recorded for the model.")
                    : no("No budget recorded: the business owner sets one on the Costs tab.");
        };
        return new RuleResult(rule, finding.satisfied(), finding.detail(), rule.link(e.model().id()));
    }

    private static Finding riskTier(ModelEvidence e) {
        var d = e.model().details();
        if (d.riskJustification().isBlank()) {
            return no("No written justification of the risk tier.");
        }
        return ok("EU AI Act category " + d.euRiskCategory().label() + ", internal tier " + d.internalRiskTier().label()
                + ": \"" + abbreviate(d.riskJustification(), 160) + "\"");
    }

    private static Finding objective(ModelEvidence e) {
        var d = e.model().details();
        if (!d.objective().isComplete()) {
            return no("The business objective is incomplete: state the problem, the decision supported and the "
                    + "affected parties.");
        }
        if (d.kpis().isEmpty()) {
            return no("No KPI recorded: name at least one KPI with its target.");
        }
        return ok("Objective complete; KPIs: " + d.kpis().stream().map(k -> k.name() + " (target "
                + k.target().stripTrailingZeros().toPlainString() + " " + k.unit() + ")")
                .collect(Collectors.joining(", ")) + ".");
    }

    private static Finding intendedUse(ModelEvidence e) {
        var d = e.model().details();
        var missing = new ArrayList<String>();
        if (d.intendedUse() == null) {
            missing.add("intended use");
        }
        if (d.outOfScopeUse() == null) {
            missing.add("out-of-scope use");
        }
        return missing.isEmpty() ? ok("Intended use: \"" + abbreviate(d.intendedUse(), 120) + "\"; out of scope: \""
                + abbreviate(d.outOfScopeUse(), 120) + "\"")
                : no("No " + String.join(" or ", missing) + " recorded for the model.");
    }

    private static Finding review(ModelEvidence e) {
        var due = e.model().details().reviewDate();
        if (due == null) {
            return no("No review date set for the model.");
        }
        var today = day(e);
        if (due.isBefore(today)) {
            return no("The review was due on " + due + " (" + ChronoUnit.DAYS.between(due, today) + " days overdue).");
        }
        return ok("Next review due on " + due + ".");
    }

    private static Finding lineage(VersionEvidence v) {
        var d = v.details();
        var missing = new ArrayList<String>();
        if (d.artifactSha256() == null) {
            missing.add("artifact SHA-256");
        }
        if (d.trainingDataSha256() == null) {
            missing.add("training-data SHA-256");
        }
        if (!missing.isEmpty()) {
            return no("No " + String.join(" or ", missing) + " recorded for " + name(v) + ".");
        }
        return ok(capital(name(v)) + ": artifact " + shortHash(d.artifactSha256()) + ", training data "
                + shortHash(d.trainingDataSha256()) + (d.codeCommit() == null ? "" : ", commit " + d.codeCommit())
                + ".");
    }

    private static Finding dataDescribed(VersionEvidence v) {
        var d = v.details();
        var missing = new ArrayList<String>();
        if (d.trainingDataDescription() == null) {
            missing.add("training data");
        }
        if (d.evaluationDataDescription() == null) {
            missing.add("evaluation data");
        }
        return missing.isEmpty() ? ok("Training data: \"" + abbreviate(d.trainingDataDescription(), 120)
                + "\"; evaluation data: \"" + abbreviate(d.evaluationDataDescription(), 120) + "\"")
                : no("No description of the " + String.join(" or the ", missing) + " of " + name(v) + ".");
    }

    private static Finding datasets(VersionEvidence v) {
        if (v.datasets().isEmpty()) {
            return no("No scored sample stored for " + name(v) + ": upload one in Evaluation data.");
        }
        var latest = v.datasets().getFirst();
        return ok(v.datasets().size() + " sample(s) stored for " + name(v) + "; latest " + latest.fileName()
                + " (SHA-256 " + shortHash(latest.sha256()) + ", " + day(latest.uploadedAt()) + ").");
    }

    private static Finding protection(ModelEvidence e) {
        var p = e.protection();
        if (p == null) {
            return no("The data-protection facts were recorded after " + day(e) + ".");
        }
        var missing = new ArrayList<String>();
        if (p.lawfulBasis() == null) {
            missing.add("lawful basis");
        }
        if (p.dpiaReference() == null || p.dpiaDate() == null) {
            missing.add("DPIA reference and date");
        }
        if (p.dataCategories().isEmpty()) {
            missing.add("data categories");
        }
        if (!missing.isEmpty()) {
            return no("Not recorded: " + String.join(", ", missing) + ".");
        }
        return ok("Lawful basis " + p.lawfulBasis() + "; DPIA " + p.dpiaReference() + " of " + p.dpiaDate()
                + "; data categories: " + String.join(", ", p.dataCategories()) + ".");
    }

    private static Finding validation(VersionEvidence v, double maxGap) {
        var r = v.validation();
        if (r == null) {
            return no("No validation result for " + name(v) + ": upload a scored sample with a test split.");
        }
        var sample = " (dataset " + shortHash(r.datasetSha256()) + ", " + day(r.computedAt()) + ")";
        if (r.test() == null) {
            return no("The test " + r.metric() + " of " + name(v) + " cannot be computed" + sample + ".");
        }
        if (r.gap() == null) {
            return no("The overfitting gap of " + name(v) + " cannot be measured" + sample + ".");
        }
        if (r.gap() > maxGap) {
            return no("Test " + r.metric() + " " + figure(r.test()) + ", but the overfitting gap " + figure(r.gap())
                    + " exceeds the limit " + plain(maxGap) + sample + ".");
        }
        return ok("Test " + r.metric() + " " + figure(r.test()) + "; overfitting gap " + figure(r.gap())
                + " within the limit " + plain(maxGap) + sample + ".");
    }

    private static Finding fairness(VersionEvidence v, ModelEvidence e) {
        var a = v.fairness();
        if (a == null) {
            return no("No fairness audit for " + name(v) + ": upload a scored sample with sensitive attributes.");
        }
        var where = " (policy v" + a.policyVersion() + ", dataset " + shortHash(a.datasetSha256()) + ", "
                + day(a.auditedAt()) + ")";
        if (a.verdict() == Verdict.FAIL) {
            return no("The fairness audit of " + name(v) + " failed" + where + ": " + String.join("; ", a.findings())
                    + ".");
        }
        if (a.verdict() == Verdict.NOT_EVALUABLE) {
            return no("The fairness audit of " + name(v) + " could not be evaluated" + where + ".");
        }
        if (!e.at().isBefore(a.dueAt())) {
            return no("The fairness audit of " + name(v) + " passed" + where + " but a re-audit was due on "
                    + day(a.dueAt()) + ".");
        }
        return ok("Fairness audit of " + name(v) + " passed" + where + "; re-audit due " + day(a.dueAt()) + ".");
    }

    private static Finding explanation(VersionEvidence v) {
        var x = v.explanation();
        if (x == null) {
            return no("No explanation of " + name(v) + ": upload a scored sample with its feature columns mapped.");
        }
        var how = x.fidelity() == null ? "imported attributions" : "surrogate fidelity R² " + figure(x.fidelity());
        var where = " (" + how + ", dataset " + shortHash(x.datasetSha256()) + ", " + day(x.computedAt()) + ")";
        return x.reliable() ? ok("Reliable explanation of " + name(v) + where + ".")
                : no("The explanation of " + name(v) + " is not reliable" + where + ".");
    }

    private static Finding modelCard(VersionEvidence v) {
        var gate = v.modelCard();
        if (gate == null) {
            return no("No model card result is on record for " + name(v) + " by then.");
        }
        return gate.passed() ? ok(gate.reason()) : no(gate.reason());
    }

    private static Finding baseline(VersionEvidence v) {
        var b = v.baseline();
        if (b == null) {
            return no("No monitoring baseline for " + name(v) + ": send one before deployment.");
        }
        return ok("Baseline of " + b.rows() + " rows from " + b.source() + " (" + day(b.createdAt()) + ").");
    }

    private static Finding monitoring(ModelEvidence e) {
        var m = e.monitoring();
        if (m == null) {
            return no("The model has not been evaluated in production yet.");
        }
        var when = " (version " + m.versionLabel() + ", " + day(m.evaluatedAt()) + ")";
        var reasons = m.reasons().isBlank() ? "" : ": " + abbreviate(m.reasons(), 200);
        return m.status() == MonitoringStatus.RED ? no("Monitoring status RED" + when + reasons)
                : ok("Monitoring status " + m.status() + when + reasons);
    }

    /** The decisions of the version's latest review round: those after its last submission. */
    private static List<DecisionPoint> round(VersionEvidence v) {
        var decisions = v.decisions();
        int start = 0;
        for (int i = 0; i < decisions.size(); i++) {
            if (decisions.get(i).kind() == DecisionKind.SUBMIT) {
                start = i + 1;
            }
        }
        return decisions.subList(start, decisions.size());
    }

    private static Finding approval(VersionEvidence v) {
        var approved = round(v).stream()
                .filter(d -> d.kind() == DecisionKind.APPROVE && d.to() == ApprovalStatus.APPROVED).toList();
        if (approved.isEmpty()) {
            var reached = v.status() == ApprovalStatus.APPROVED || v.status() == ApprovalStatus.DEPLOYED
                    || v.status() == ApprovalStatus.SUSPENDED;
            return no("No approval of " + name(v) + " is on record" + (reached ? ", although it is "
                    + v.status().label() + ": that status was not reached through a recorded decision." : "."));
        }
        var last = approved.getLast();
        var by = "approved by " + last.actor() + " (" + last.actedAs().label() + ") on " + day(last.at());
        return switch (v.status()) {
            case SUSPENDED, RETIRED, REJECTED -> no(capital(name(v)) + " was " + by + " but is now "
                    + v.status().label() + ".");
            default -> ok(capital(name(v)) + " " + by + ".");
        };
    }

    private static Finding twoApprovers(VersionEvidence v) {
        var approvers = new LinkedHashMap<String, DecisionPoint>();
        round(v).stream().filter(d -> d.kind() == DecisionKind.APPROVE).forEach(d -> approvers.putIfAbsent(d.actor(),
                d));
        if (approvers.isEmpty()) {
            return no("No approval of " + name(v) + " is on record.");
        }
        var who = approvers.values().stream().map(d -> d.actor() + " (" + d.actedAs().label() + ")")
                .collect(Collectors.joining(" and "));
        return approvers.size() >= 2 ? ok(capital(name(v)) + " approved by " + who + ".")
                : no("Only " + who + " approved " + name(v) + "; a second, different person must approve it too.");
    }

    private static Finding ledger(ModelEvidence e) {
        var l = e.ledger();
        if (!l.intact()) {
            return no("The ledger does not verify: " + l.message());
        }
        if (l.modelEntries() == 0) {
            return no("The ledger holds no entry about this model.");
        }
        return ok(l.message() + "; " + l.modelEntries() + " entries about this model.");
    }

    private static Finding withVersion(ModelEvidence e, Function<VersionEvidence, Finding> check) {
        var v = e.version();
        return v == null ? no("The model has no version registered by " + day(e) + ".") : check.apply(v);
    }

    private static Finding ok(String detail) {
        return new Finding(true, detail);
    }

    private static Finding no(String detail) {
        return new Finding(false, detail);
    }

    private static String name(VersionEvidence v) {
        return "version " + v.label();
    }

    private static String capital(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    static LocalDate day(ModelEvidence e) {
        return day(e.at());
    }

    static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC);
    }

    static String shortHash(@Nullable String sha) {
        return sha == null ? "-" : sha.substring(0, Math.min(12, sha.length())) + "…";
    }

    static String figure(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }

    private static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    static String abbreviate(@Nullable String text, int max) {
        if (text == null) {
            return "";
        }
        var flat = text.strip().replaceAll("\\s+", " ");
        return flat.length() <= max ? flat : flat.substring(0, max - 1).stripTrailing() + "…";
    }
}
