package org.steward.monitoring;

/** A stored evaluation with its full result. */
public record EvaluationView(EvaluationSummary evaluation, EvaluationResult result) {
}
