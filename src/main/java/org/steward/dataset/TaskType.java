package org.steward.dataset;

/** What a model predicts, which decides how its scored sample is read and which metrics apply. */
public enum TaskType {
    /** Two classes; the output column holds the probability of the positive class, in [0, 1]. */
    BINARY("Binary classification"),
    /** Three or more classes; the output column holds the predicted class label. */
    MULTICLASS("Multiclass classification"),
    /** A number; the output column holds the numeric prediction. */
    REGRESSION("Regression");

    private final String label;

    TaskType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
