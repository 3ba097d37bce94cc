package org.steward.card;

import org.jspecify.annotations.Nullable;

/**
 * A card with its content and completeness: for a published card its frozen content, for a draft (or a version
 * without a card yet, {@code card} null) the content composed now from the register's evidence.
 */
public record ComposedCard(@Nullable CardView card, CardContent content, Completeness completeness) {
}
