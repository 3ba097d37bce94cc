package org.steward.card;

/** A published card version with its frozen content and the completeness it was published with. */
public record PublishedCard(CardView card, CardContent content, Completeness completeness) {
}
