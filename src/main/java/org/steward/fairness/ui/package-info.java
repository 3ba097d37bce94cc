/** The Fairness tab of a model's page and the fairness policy view. */
@NullMarked
package org.steward.fairness.ui;

import org.jspecify.annotations.NullMarked;
