/**
 * Evaluation datasets: scored samples (features, the model's output, the true outcome, the split and sensitive
 * attributes) uploaded for a model version, validated, stored compressed with their hash, and handed to every
 * {@link org.steward.dataset.SampleAnalysis}.
 */
@ApplicationModule(displayName = "Evaluation datasets")
@NullMarked
package org.steward.dataset;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
