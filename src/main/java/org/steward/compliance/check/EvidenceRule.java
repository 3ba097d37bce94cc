package org.steward.compliance.check;

import org.jspecify.annotations.Nullable;
import org.steward.identity.Role;

/**
 * A named check of register evidence that framework files refer to by its name. Each says who acts when it is not
 * satisfied and on which tab of the model's page the evidence lives; {@link Rules} holds the checks themselves.
 */
public enum EvidenceRule {
    RISK_TIER_JUSTIFIED("Risk tier justified in writing", Role.BUSINESS_OWNER, "Overview"),
    OBJECTIVE_AND_KPIS("Business objective and KPIs recorded", Role.BUSINESS_OWNER, "Overview"),
    INTENDED_USE("Intended and out-of-scope use documented", Role.BUSINESS_OWNER, "Overview"),
    OWNER_ACCOUNTABLE("Accountable business owner is active", Role.ADMIN, "Overview"),
    REVIEW_CURRENT("Periodic review not overdue", Role.BUSINESS_OWNER, "Overview"),
    LINEAGE_PINNED("Artifact and training data pinned by SHA-256", Role.MODEL_DEVELOPER, "Versions"),
    DATA_DESCRIBED("Training and evaluation data described", Role.MODEL_DEVELOPER, "Versions"),
    DATASET_HASHED("Evaluation sample stored with its SHA-256", Role.MODEL_DEVELOPER, "Evaluation data"),
    DATA_PROTECTION("Data-protection facts recorded", Role.BUSINESS_OWNER, "Data protection"),
    VALIDATION("Accuracy metrics documented", Role.MODEL_DEVELOPER, "Validation"),
    FAIRNESS("Fairness audit passed and current", Role.MODEL_DEVELOPER, "Fairness"),
    EXPLANATION("Explanation present and reliable", Role.MODEL_DEVELOPER, "Explanation"),
    MODEL_CARD("Model card complete", Role.MODEL_DEVELOPER, "Approval"),
    MONITORING_BASELINE("Monitoring baseline recorded", Role.MODEL_DEVELOPER, "Monitoring"),
    MONITORING_STATUS("Monitoring status not red", Role.MODEL_DEVELOPER, "Monitoring"),
    APPROVAL("Approval on record", Role.BUSINESS_OWNER, "Approval"),
    TWO_APPROVERS("Approved by two different people", Role.RISK_OFFICER, "Approval"),
    LEDGER_INTACT("Ledger verifies", Role.ADMIN, null),
    COST_ESTIMATE("Budget recorded", Role.BUSINESS_OWNER, "Costs");

    private final String label;
    private final Role actor;
    private final @Nullable String tab;

    EvidenceRule(String label, Role actor, @Nullable String tab) {
        this.label = label;
        this.actor = actor;
        this.tab = tab;
    }

    public String label() {
        return label;
    }

    /** Who should act when the rule is not satisfied. */
    public Role actor() {
        return actor;
    }

    /** Where the evidence is shown: a tab of the model's page, or the ledger view. */
    public Link link(long modelId) {
        return tab == null ? new Link("Compliance ledger", "/ledger")
                : new Link(tab + " tab", "/models/" + modelId + "?tab=" + tab.replace(" ", "%20"));
    }
}
