package org.steward.approval;

/** Evidence about a version that the risk policy may require; each kind has its approval gate. */
public enum Evidence {
    MODEL_CARD("Model card complete", "model card"),
    VALIDATION_METRICS("Validation metrics with overfitting gap", "validation metrics"),
    FAIRNESS_AUDIT("Fairness audit fresh", "fairness audit"),
    EXPLANATION("Explanation present and reliable", "explanation"),
    MONITORING_BASELINE("Monitoring baseline", "monitoring baseline"),
    COST_ESTIMATE("Cost estimate", "cost estimate");

    private final String gateName;
    private final String noun;

    Evidence(String gateName, String noun) {
        this.gateName = gateName;
        this.noun = noun;
    }

    public String gateName() {
        return gateName;
    }

    public String noun() {
        return noun;
    }
}
