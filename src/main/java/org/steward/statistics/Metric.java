package org.steward.statistics;

/** A validation metric, with its display name and the one situation in which it is undefined. */
public enum Metric {
    ROC_AUC("ROC AUC", true, "only one class among the outcomes"),
    PR_AUC("PR AUC", true, "no positive outcomes"),
    ACCURACY("Accuracy", true, "no rows"),
    PRECISION("Precision", true, "no row predicted positive at the threshold"),
    RECALL("Recall", true, "no positive outcomes"),
    F1("F1", true, "no positives, neither predicted nor observed"),
    LOG_LOSS("Log loss", false, "no rows"),
    BRIER("Brier score", false, "no rows"),
    ECE("Expected calibration error", false, "no rows"),
    MACRO_F1("Macro F1", true, "no rows"),
    WEIGHTED_F1("Weighted F1", true, "no rows"),
    RMSE("RMSE", false, "no rows"),
    MAE("MAE", false, "no rows"),
    R2("R²", true, "the outcome does not vary");

    private final String label;
    private final boolean higherIsBetter;
    private final String undefinedWhen;

    Metric(String label, boolean higherIsBetter, String undefinedWhen) {
        this.label = label;
        this.higherIsBetter = higherIsBetter;
        this.undefinedWhen = undefinedWhen;
    }

    public String label() {
        return label;
    }

    public boolean higherIsBetter() {
        return higherIsBetter;
    }

    /** Why the metric has no value, e.g. "only one class among the outcomes". */
    public String undefinedWhen() {
        return undefinedWhen;
    }
}
