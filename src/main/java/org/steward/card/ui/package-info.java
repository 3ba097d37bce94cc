/** The model card tab of a model's page, the card catalogue and the plain-language card with its feedback form. */
@NullMarked
package org.steward.card.ui;

import org.jspecify.annotations.NullMarked;
