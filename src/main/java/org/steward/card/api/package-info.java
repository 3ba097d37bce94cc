/** Model cards over REST: published cards as JSON, markdown or PDF, and the catalogue. */
@NullMarked
package org.steward.card.api;

import org.jspecify.annotations.NullMarked;
