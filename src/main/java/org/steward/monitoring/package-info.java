/**
 * Production monitoring: baselines per model version, production batches with delayed outcomes, evaluation of a
 * window against the baseline (drift, data quality, prediction drift, performance decay, operations) under a
 * versioned monitoring policy, a GREEN / AMBER / RED status over time, alerts, retraining requests and the approval
 * gate "Monitoring baseline".
 */
@ApplicationModule(displayName = "Monitoring")
@NullMarked
package org.steward.monitoring;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
