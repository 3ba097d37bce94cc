/**
 * Pure statistics of distribution drift between a reference sample and a current one: PSI on reference quantile
 * bins, two-sample Kolmogorov–Smirnov, Wasserstein-1, Jensen–Shannon distance and the chi-square test, on exact
 * samples or on KLL quantile sketches. No Spring, no persistence; open to every module.
 */
@ApplicationModule(displayName = "Drift statistics", type = ApplicationModule.Type.OPEN)
@NullMarked
package org.steward.drift;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
