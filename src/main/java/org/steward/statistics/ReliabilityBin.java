package org.steward.statistics;

/**
 * One non-empty bin of a reliability curve.
 *
 * @param bin           the bin's index, 0 for [0, 0.1) to 9 for [0.9, 1]
 * @param meanPredicted the mean predicted probability of the rows in the bin
 * @param observedRate  the share of positive outcomes among them
 * @param count         how many rows fell in the bin
 */
public record ReliabilityBin(int bin, double meanPredicted, double observedRate, long count) {
}
