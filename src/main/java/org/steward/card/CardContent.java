package org.steward.card;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A model card as composed at one moment: the register's facts, the evidence with the hash and date of the dataset
 * it came from, and the authored text. A published card keeps exactly this as JSON, so everything rendered from it
 * (the page, the plain-language view, every export) is the same on every read. Evidence that does not exist is null,
 * never a placeholder figure. Section names follow the Hugging Face model card and the Model Card Toolkit.
 *
 * @param format      the version of this structure ({@link #FORMAT})
 * @param composedAt  when the evidence was read (for a published card: when it was published)
 */
public record CardContent(int format, Details details, Uses uses, Objective objective, Data data,
                          @Nullable Metrics metrics, @Nullable Fairness fairness, @Nullable Explanation explanation,
                          CardText text, Monitoring monitoring, Approval approval, Lineage lineage,
                          Instant composedAt) {

    public static final int FORMAT = 1;

    /** Model details: who owns it, what it is, which version, under which licence, whom to contact. */
    public record Details(long modelId, String name, @Nullable String description, String businessDomain,
                          String owner, @Nullable String developerTeam, String version, String algorithm,
                          @Nullable String framework, @Nullable LocalDate trainingDate, Instant registeredAt,
                          String status, String stage, String euRiskCategory, String internalRiskTier,
                          String riskLevel, @Nullable LocalDate reviewDate) {

        /** The risk level that decides which items the card must have. */
        public org.steward.approval.RiskLevel risk() {
            return org.steward.approval.RiskLevel.valueOf(riskLevel);
        }
    }

    /** Intended use and out-of-scope use, with the decision the model supports and who it affects. */
    public record Uses(@Nullable String intendedUse, @Nullable String outOfScopeUse,
                       @Nullable String decisionSupported, @Nullable String affectedParties) {
    }

    /** The business objective and its KPIs. */
    public record Objective(@Nullable String problemStatement, List<KpiLine> kpis) {
        public Objective {
            kpis = List.copyOf(kpis);
        }
    }

    public record KpiLine(String name, String unit, BigDecimal target, String direction) {
    }

    /** Training and evaluation data as the developer describes them, and the evaluation sample Steward holds. */
    public record Data(@Nullable String training, @Nullable String evaluation, @Nullable String trainingDataSha256,
                       @Nullable Dataset evaluationSample) {
    }

    /** A stored sample evidence was computed from. */
    public record Dataset(String file, String sha256, Instant at) {
        public String shortHash() {
            return sha256.substring(0, Math.min(12, sha256.length()));
        }
    }

    /**
     * Validation metrics of one split with their bootstrap intervals.
     *
     * @param split    the split the figures are from ("Test", or "Holdout" without test rows)
     * @param accuracy the share of correct decisions in that split, if the task has one (for the plain view)
     */
    public record Metrics(Dataset dataset, String task, String split, int rows, String primaryMetric,
                          List<MetricLine> lines, @Nullable Double overfittingGap, @Nullable Double accuracy,
                          String method) {
        public Metrics {
            lines = List.copyOf(lines);
        }
    }

    /** One metric: its value and interval, or null with the reason it is undefined. */
    public record MetricLine(String metric, @Nullable Double value, @Nullable Double low, @Nullable Double high,
                             boolean higherIsBetter, boolean primary, @Nullable String reason) {
    }

    /**
     * The latest fairness audit: its verdict under the policy, the findings, each compared group's primary metric, and
     * the groups the model is less accurate for.
     */
    public record Fairness(Dataset dataset, String verdict, int policyVersion, String selection, int rows,
                           String metric, boolean lowerIsBetter, List<String> findings, List<GroupLine> groups,
                           List<Shortfall> lessAccurateFor) {
        public Fairness {
            findings = List.copyOf(findings);
            groups = List.copyOf(groups);
            lessAccurateFor = List.copyOf(lessAccurateFor);
        }
    }

    public record GroupLine(String attribute, String group, int rows, @Nullable Double value, @Nullable Double low,
                            @Nullable Double high, @Nullable Double selectionRate, boolean small) {
    }

    /** A group for which the model's metric is clearly worse than for the best group of the same attribute. */
    public record Shortfall(String attribute, String group, double value, String bestGroup, double bestValue) {
    }

    /** The explanation summary: how it was made, whether it is reliable, the leading features. */
    public record Explanation(Dataset dataset, String method, @Nullable Double fidelity, boolean reliable,
                              String summary, List<FeatureLine> features) {
        public Explanation {
            features = List.copyOf(features);
        }
    }

    /** A feature's share of the attribution; direction near 1: higher values raise the output. */
    public record FeatureLine(String name, double share, @Nullable Double direction) {
    }

    /** The monitoring baseline of the version and the model's latest monitoring status. */
    public record Monitoring(@Nullable Baseline baseline, @Nullable String status, @Nullable Instant evaluatedAt,
                             @Nullable String reasons) {
    }

    public record Baseline(String source, int rows, int features, Instant at) {
    }

    /** Where the version stands in the approval workflow, and who approved it when. */
    public record Approval(String status, List<Approver> approvers, @Nullable Instant approvedAt,
                           boolean gatesOverridden) {
        public Approval {
            approvers = List.copyOf(approvers);
        }
    }

    public record Approver(String name, String role, Instant at) {
    }

    /** The hashes that pin what the card describes. */
    public record Lineage(@Nullable String artifactSha256, @Nullable String trainingDataSha256,
                          @Nullable String codeCommit, @Nullable String parentVersion,
                          @Nullable String evaluationDataSha256, @Nullable String fairnessDataSha256,
                          @Nullable String explanationDataSha256) {
    }
}
