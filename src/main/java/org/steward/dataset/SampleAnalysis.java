package org.steward.dataset;

/**
 * Evidence computed from a scored sample (validation metrics, fairness audit, explanations). Every bean of
 * this type runs after a new sample is stored, and again when someone re-runs it; each stores its own,
 * immutable result.
 */
public interface SampleAnalysis {

    /** What it computes, for progress messages, e.g. "Validation metrics". */
    String name();

    /** Position among the analyses, lowest first. */
    int order();

    /** Computes and stores a result for the sample; {@code progress} fractions run from 0 to 1 for this analysis. */
    void analyse(DatasetView dataset, ScoredSample sample, Progress progress);
}
