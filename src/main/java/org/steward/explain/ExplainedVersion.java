package org.steward.explain;

/** A version of a model that has explanations, and the id of its latest one. */
public record ExplainedVersion(long versionId, String label, long latest) {
}
