package org.steward.validation;

/** A version of a model that has validation results, and the id of its latest one. */
public record ValidatedVersion(long versionId, String label, long latest) {
}
