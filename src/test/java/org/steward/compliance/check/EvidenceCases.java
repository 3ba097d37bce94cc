package org.steward.compliance.check;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.steward.approval.DecisionKind;
import org.steward.compliance.check.ModelEvidence.BaselinePoint;
import org.steward.compliance.check.ModelEvidence.DatasetPoint;
import org.steward.compliance.check.ModelEvidence.DecisionPoint;
import org.steward.compliance.check.ModelEvidence.ExplanationPoint;
import org.steward.compliance.check.ModelEvidence.FairnessPoint;
import org.steward.compliance.check.ModelEvidence.GatePoint;
import org.steward.compliance.check.ModelEvidence.LedgerStanding;
import org.steward.compliance.check.ModelEvidence.MonitoringPoint;
import org.steward.compliance.check.ModelEvidence.ProtectionPoint;
import org.steward.compliance.check.ModelEvidence.ValidationPoint;
import org.steward.compliance.check.ModelEvidence.VersionEvidence;
import org.steward.fairness.measure.Verdict;
import org.steward.identity.Role;
import org.steward.monitoring.MonitoringStatus;
import org.steward.register.ApprovalStatus;
import org.steward.register.BusinessObjective;
import org.steward.register.EuRiskCategory;
import org.steward.register.InternalRiskTier;
import org.steward.register.Kpi;
import org.steward.register.KpiDirection;
import org.steward.register.ModelDetails;
import org.steward.register.ModelView;
import org.steward.register.Stage;
import org.steward.register.VersionDetails;

/**
 * Worked cases of model evidence for the rule and assessment tests: a high-risk credit model whose deployed version
 * has every piece of evidence ({@link #complete()}), and ways to take pieces away.
 */
final class EvidenceCases {

    static final Instant NOW = Instant.parse("2026-03-15T12:00:00Z");
    static final Instant EARLIER = Instant.parse("2026-02-01T09:00:00Z");
    static final String SHA = "3fa2b1c9d0e4" + "a".repeat(52);

    private EvidenceCases() {
    }

    static ModelDetails details(EuRiskCategory eu, InternalRiskTier tier, String domain) {
        return new ModelDetails("Retail credit scoring", "Scores applications.", domain, "owner", "Credit Analytics",
                new BusinessObjective("Manual underwriting is slow.", "Approve or refer an application.",
                        "Loan applicants."),
                List.of(new Kpi("Default rate", "%", new BigDecimal("2.5"), KpiDirection.LOWER_IS_BETTER)),
                eu, tier, "Creditworthiness of natural persons is high risk under Annex III.",
                "Consumer loans up to 50k.", "Mortgages.", List.of(), LocalDate.parse("2026-06-30"));
    }

    static ModelView model(ModelDetails details) {
        return new ModelView(7, details, "dev", EARLIER, EARLIER, 0);
    }

    static VersionDetails versionDetails() {
        return new VersionDetails("1.1.0", "Gradient boosting", "XGBoost 2.0", LocalDate.parse("2026-01-10"), SHA, SHA,
                "abc1234", null, "Applications 2020-2025.", "Out-of-time holdout.", Stage.PRODUCTION);
    }

    static List<DecisionPoint> twoApprovals() {
        return List.of(
                new DecisionPoint(DecisionKind.SUBMIT, "dev", Role.MODEL_DEVELOPER, ApprovalStatus.SUBMITTED, EARLIER),
                new DecisionPoint(DecisionKind.APPROVE, "owner", Role.BUSINESS_OWNER, ApprovalStatus.SUBMITTED,
                        EARLIER.plusSeconds(3600)),
                new DecisionPoint(DecisionKind.APPROVE, "risk", Role.RISK_OFFICER, ApprovalStatus.APPROVED,
                        EARLIER.plusSeconds(7200)),
                new DecisionPoint(DecisionKind.DEPLOY, "dev", Role.MODEL_DEVELOPER, ApprovalStatus.DEPLOYED,
                        EARLIER.plusSeconds(9000)));
    }

    static VersionEvidence version() {
        return new VersionEvidence(11, "1.1.0", ApprovalStatus.DEPLOYED, Stage.PRODUCTION, versionDetails(),
                twoApprovals(),
                new ValidationPoint(1, "AUC", 0.83, 0.81, 0.02, SHA, EARLIER),
                new FairnessPoint(2, Verdict.PASS, List.of(), 1, SHA, EARLIER, EARLIER.plusSeconds(180L * 86400)),
                new ExplanationPoint(3, true, 0.91, "surrogate forest", SHA, EARLIER),
                new BaselinePoint(4, 5000, "holdout", EARLIER),
                List.of(new DatasetPoint(5, "scored.csv", SHA, EARLIER)),
                new GatePoint("PASS", "Model card complete (14 of 14 sections)."));
    }

    static ModelEvidence complete() {
        return new ModelEvidence(model(details(EuRiskCategory.HIGH, InternalRiskTier.HIGH, "credit")), NOW, true,
                version(), new LedgerStanding(true, "Intact: 120 entries verified, no checkpoint yet", 9),
                new ProtectionPoint("Contract", "DPIA-2025-014", LocalDate.parse("2025-11-02"),
                        List.of("financial data")),
                true, new MonitoringPoint(MonitoringStatus.GREEN, "", "1.1.0", EARLIER), 0.05);
    }

    static ModelEvidence withVersion(ModelEvidence e, @Nullable VersionEvidence v) {
        return new ModelEvidence(e.model(), e.at(), e.ownerActive(), v, e.ledger(), e.protection(),
                e.budgetRecorded(), e.monitoring(), e.maxOverfittingGap());
    }

    static ModelEvidence withModel(ModelEvidence e, ModelDetails details) {
        return new ModelEvidence(model(details), e.at(), e.ownerActive(), e.version(), e.ledger(), e.protection(),
                e.budgetRecorded(), e.monitoring(), e.maxOverfittingGap());
    }

    static ModelEvidence at(ModelEvidence e, Instant at) {
        return new ModelEvidence(e.model(), at, e.ownerActive(), e.version(), e.ledger(), e.protection(),
                e.budgetRecorded(), e.monitoring(), e.maxOverfittingGap());
    }

    static ModelEvidence withMonitoring(ModelEvidence e, @Nullable MonitoringPoint m) {
        return new ModelEvidence(e.model(), e.at(), e.ownerActive(), e.version(), e.ledger(), e.protection(),
                e.budgetRecorded(), m, e.maxOverfittingGap());
    }

    static ModelEvidence withLedger(ModelEvidence e, LedgerStanding l) {
        return new ModelEvidence(e.model(), e.at(), e.ownerActive(), e.version(), l, e.protection(),
                e.budgetRecorded(), e.monitoring(), e.maxOverfittingGap());
    }

    /** The version of {@link #version()} with some of its pieces replaced. */
    static VersionEvidence version(@Nullable ValidationPoint validation, @Nullable FairnessPoint fairness,
                                   @Nullable BaselinePoint baseline, List<DecisionPoint> decisions) {
        var v = version();
        return new VersionEvidence(v.id(), v.label(), v.status(), v.stage(), v.details(), decisions, validation,
                fairness, v.explanation(), baseline, v.datasets(), v.modelCard());
    }

    static VersionEvidence withStatus(VersionEvidence v, ApprovalStatus status, List<DecisionPoint> decisions) {
        return new VersionEvidence(v.id(), v.label(), status, v.stage(), v.details(), new ArrayList<>(decisions),
                v.validation(), v.fairness(), v.explanation(), v.baseline(), v.datasets(), v.modelCard());
    }
}
