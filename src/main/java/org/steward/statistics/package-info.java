/**
 * Pure statistics of model validation: classification and regression metrics under bootstrap weights, curves,
 * calibration and percentile bootstrap intervals. No Spring, no persistence; open to every module.
 */
@ApplicationModule(displayName = "Statistics", type = ApplicationModule.Type.OPEN)
@NullMarked
package org.steward.statistics;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
