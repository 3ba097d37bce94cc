/** Explanations over REST: stored results, single decisions, imported attributions. */
@NullMarked
package org.steward.explain.api;

import org.jspecify.annotations.NullMarked;
