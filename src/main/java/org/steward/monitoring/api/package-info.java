/** REST API of monitoring: baselines, batches, outcomes, evaluations, status, policy and alerts. */
@NullMarked
package org.steward.monitoring.api;

import org.jspecify.annotations.NullMarked;
