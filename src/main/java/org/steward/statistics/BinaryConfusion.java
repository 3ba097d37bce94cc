package org.steward.statistics;

/** Counts of a binary classifier's decisions at its threshold against the true outcomes. */
public record BinaryConfusion(long truePositives, long falsePositives, long trueNegatives, long falseNegatives) {

    public long total() {
        return truePositives + falsePositives + trueNegatives + falseNegatives;
    }
}
