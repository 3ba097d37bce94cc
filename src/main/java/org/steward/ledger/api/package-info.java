/** The ledger's REST API under {@code /api/v1/ledger}: verification of the hash chain. */
@NullMarked
package org.steward.ledger.api;

import org.jspecify.annotations.NullMarked;
