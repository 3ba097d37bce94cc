/**
 * Explanations of model versions, computed from their stored scored samples without the model itself: a random
 * forest surrogate with its fidelity, tree SHAP, permutation importance, partial dependence and ICE, readable rules,
 * imported attributions; stored immutably, checked by an approval gate and shown on the model's page.
 */
@ApplicationModule(displayName = "Explanations")
@NullMarked
package org.steward.explain;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
