package org.steward.monitoring;

/** How a feature is compared: numeric (a distribution of numbers) or categorical (counts of values). */
public enum FeatureKind {
    NUMERIC, CATEGORICAL
}
