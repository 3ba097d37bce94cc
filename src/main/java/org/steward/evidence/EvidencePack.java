package org.steward.evidence;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything recorded about one model, as handed to an auditor: its details, every version with lineage and status,
 * every decision with its rationale and gate results, its ledger trail and the verification of the whole ledger.
 */
public record EvidencePack(Instant generatedAt, String generatedBy, ModelSection model, List<VersionSection> versions,
                           List<DecisionSection> decisions, List<LedgerLine> ledger, Verification verification) {

    public EvidencePack {
        versions = List.copyOf(versions);
        decisions = List.copyOf(decisions);
        ledger = List.copyOf(ledger);
    }

    /** The model's details: objective, KPIs and risk with its justification. */
    public record ModelSection(long id, String name, @Nullable String description, String businessDomain,
                               String owner, @Nullable String developerTeam, @Nullable String problemStatement,
                               @Nullable String decisionSupported, @Nullable String affectedParties,
                               List<KpiLine> kpis, String euRiskCategory, String internalRiskTier,
                               String riskJustification, @Nullable String intendedUse,
                               @Nullable String outOfScopeUse, @Nullable LocalDate reviewDate, String createdBy,
                               Instant createdAt) {

        public ModelSection {
            kpis = List.copyOf(kpis);
        }
    }

    /** A KPI and its target. */
    public record KpiLine(String name, String unit, BigDecimal target, String direction) {
    }

    /** A version with its lineage and where it stands now. */
    public record VersionSection(String label, String status, String stage, String algorithm,
                                 @Nullable String framework, @Nullable LocalDate trainingDate,
                                 @Nullable String artifactSha256, @Nullable String trainingDataSha256,
                                 @Nullable String codeCommit, @Nullable String parentLabel,
                                 @Nullable String trainingDataDescription, @Nullable String evaluationDataDescription,
                                 String registeredBy, Instant registeredAt) {
    }

    /** A decision on a version: who took it, in which role and when, why, on what conditions and gate results. */
    public record DecisionSection(String version, String decision, String actor, String actedAs, Instant at,
                                  String rationale, List<ConditionLine> conditions, String from, String to,
                                  boolean gatesOverridden, List<GateLine> gates) {

        public DecisionSection {
            conditions = List.copyOf(conditions);
            gates = List.copyOf(gates);
        }
    }

    /** A condition attached to an approval. */
    public record ConditionLine(String text, LocalDate due) {
    }

    /** One evidence gate's result as it stood when the decision was taken. */
    public record GateLine(String gate, String outcome, String reason) {
    }

    /** One entry of the model's ledger trail with its links in the hash chain. */
    public record LedgerLine(long seq, Instant occurredAt, String actor, String action, String prevHash,
                             String hash) {
    }

    /** The result of verifying the whole ledger when the pack was generated. */
    public record Verification(boolean intact, long verified, @Nullable Long brokenAt, @Nullable String reason,
                               @Nullable Long checkpointSeq, String message) {
    }
}
