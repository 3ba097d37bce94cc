/**
 * Validation metrics of model versions: computed from each stored scored sample per split with bootstrap intervals
 * and the overfitting gap, stored immutably, checked by an approval gate and shown on the model's page.
 */
@ApplicationModule(displayName = "Validation")
@NullMarked
package org.steward.validation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
