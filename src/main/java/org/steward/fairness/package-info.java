/**
 * Fairness audits of model versions: per sensitive attribute the groups' rates and the disparity measures with
 * bootstrap intervals, judged against a versioned fairness policy per risk level, stored immutably, re-audited when
 * due, checked by an approval gate and shown on the model's page.
 */
@ApplicationModule(displayName = "Fairness")
@NullMarked
package org.steward.fairness;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
