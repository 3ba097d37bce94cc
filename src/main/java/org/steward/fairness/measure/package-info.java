/**
 * Fairness measures as pure functions: per-group rates of a scored sample, disparity measures between groups
 * (following fairlearn's definitions), their stratified bootstrap confidence intervals and the verdict of a
 * {@link org.steward.fairness.measure.FairnessPolicySpec}. No Spring, no database.
 */
@NamedInterface("measure")
@NullMarked
package org.steward.fairness.measure;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
