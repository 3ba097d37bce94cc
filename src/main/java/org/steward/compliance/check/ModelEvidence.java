package org.steward.compliance.check;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.steward.approval.DecisionKind;
import org.steward.fairness.measure.Verdict;
import org.steward.identity.Role;
import org.steward.monitoring.MonitoringStatus;
import org.steward.register.ApprovalStatus;
import org.steward.register.ModelView;
import org.steward.register.Stage;
import org.steward.register.VersionDetails;

/**
 * Everything the evidence rules look at for one model, as it stood at {@code at}: gathered from the register and
 * the other features' public services, nothing recorded after {@code at} included.
 *
 * @param version           the version compliance is judged on (the one in production, else the newest approved,
 *                          submitted or registered one), or null when the model has none
 * @param protection        the data-protection facts, or null when they were recorded after {@code at}
 * @param maxOverfittingGap the largest train − test gap the validation gate accepts
 */
public record ModelEvidence(ModelView model, Instant at, boolean ownerActive, @Nullable VersionEvidence version,
                            LedgerStanding ledger, @Nullable ProtectionPoint protection, boolean budgetRecorded,
                            @Nullable MonitoringPoint monitoring, double maxOverfittingGap) {

    /**
     * The version in scope with its evidence. {@code modelCard} is the approval gate "Model card complete" as it
     * stood (live now; as of a past day, the result stored with the last decision by then), null if unknown.
     */
    public record VersionEvidence(long id, String label, ApprovalStatus status, @Nullable Stage stage,
                                  VersionDetails details, List<DecisionPoint> decisions,
                                  @Nullable ValidationPoint validation, @Nullable FairnessPoint fairness,
                                  @Nullable ExplanationPoint explanation, @Nullable BaselinePoint baseline,
                                  List<DatasetPoint> datasets, @Nullable GatePoint modelCard) {

        public VersionEvidence {
            decisions = List.copyOf(decisions);
            datasets = List.copyOf(datasets);
        }
    }

    /** A decision on the version: what, by whom in which role, the status it led to, and when. */
    public record DecisionPoint(DecisionKind kind, String actor, Role actedAs, ApprovalStatus to, Instant at) {
    }

    /** The latest validation result: primary metric on train and test, the overfitting gap, the sample. */
    public record ValidationPoint(long id, String metric, @Nullable Double train, @Nullable Double test,
                                  @Nullable Double gap, String datasetSha256, Instant computedAt) {
    }

    /** The latest fairness audit: its verdict and findings, the policy version, when a re-audit is due. */
    public record FairnessPoint(long id, Verdict verdict, List<String> findings, int policyVersion,
                                String datasetSha256, Instant auditedAt, Instant dueAt) {

        public FairnessPoint {
            findings = List.copyOf(findings);
        }
    }

    /** The latest explanation: whether it is reliable, the surrogate's fidelity (null when imported). */
    public record ExplanationPoint(long id, boolean reliable, @Nullable Double fidelity, String method,
                                   String datasetSha256, Instant computedAt) {
    }

    /** The monitoring baseline of the version. */
    public record BaselinePoint(long id, int rows, String source, Instant createdAt) {
    }

    /** A scored sample stored for the version, identified by the SHA-256 of the uploaded file. */
    public record DatasetPoint(long id, String fileName, String sha256, Instant uploadedAt) {
    }

    /** An approval gate's result by name. */
    public record GatePoint(String outcome, String reason) {

        public boolean passed() {
            return outcome.equals("PASS");
        }
    }

    /** The model's latest monitoring evaluation. */
    public record MonitoringPoint(MonitoringStatus status, String reasons, String versionLabel, Instant evaluatedAt) {
    }

    /** The data-protection facts a DPIA checklist asks for. */
    public record ProtectionPoint(@Nullable String lawfulBasis, @Nullable String dpiaReference,
                                  @Nullable LocalDate dpiaDate, List<String> dataCategories) {

        public ProtectionPoint {
            dataCategories = List.copyOf(dataCategories);
        }
    }

    /**
     * The ledger as verified for this assessment: whether the whole chain is intact, the verifier's message, and how
     * many entries about this model it holds.
     */
    public record LedgerStanding(boolean intact, String message, long modelEntries) {
    }
}
