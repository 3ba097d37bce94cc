package org.steward.compliance.check;

/** What one evidence rule found for a model: whether it is satisfied, the evidence in words, and where to see it. */
public record RuleResult(EvidenceRule rule, boolean satisfied, String detail, Link link) {
}
