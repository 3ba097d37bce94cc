package org.steward.compliance.check;

/** Where a piece of evidence can be seen: a label and a path inside Steward, e.g. {@code /models/12?tab=Validation}. */
public record Link(String label, String href) {
}
