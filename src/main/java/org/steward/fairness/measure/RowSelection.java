package org.steward.fairness.measure;

import org.jspecify.annotations.Nullable;
import org.steward.dataset.Split;

/** Which rows of a scored sample an audit looks at; the test split unless the policy says otherwise. */
public enum RowSelection {
    TEST("Test split", Split.TEST),
    HOLDOUT("Holdout split", Split.HOLDOUT),
    ALL("All rows", null);

    private final String label;
    private final @Nullable Split split;

    RowSelection(String label, @Nullable Split split) {
        this.label = label;
        this.split = split;
    }

    public String label() {
        return label;
    }

    /** The split these rows come from, or null for all rows. */
    public @Nullable Split split() {
        return split;
    }
}
