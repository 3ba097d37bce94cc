/** The auditor's view of the compliance ledger. */
@NullMarked
package org.steward.ledger.ui;

import org.jspecify.annotations.NullMarked;
