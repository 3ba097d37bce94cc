package org.steward.dataset;

import java.util.Locale;
import java.util.Optional;

/** Which part of the data a row of a scored sample belongs to. */
public enum Split {
    TRAIN, TEST, HOLDOUT;

    /** Reads a split cell, case-insensitively ("train", "Test", "HOLDOUT"). */
    public static Optional<Split> parse(String cell) {
        var value = cell.strip().toUpperCase(Locale.ROOT);
        for (var split : values()) {
            if (split.name().equals(value)) {
                return Optional.of(split);
            }
        }
        return Optional.empty();
    }

    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
    }
}
