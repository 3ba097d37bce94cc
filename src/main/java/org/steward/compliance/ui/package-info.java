/** The Compliance tab of a model and the register-wide compliance dashboard. */
@NullMarked
package org.steward.compliance.ui;

import org.jspecify.annotations.NullMarked;
