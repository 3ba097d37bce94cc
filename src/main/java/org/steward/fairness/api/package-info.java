/** The fairness REST API under {@code /api/v1}: audits of model versions and the fairness policies. */
@NullMarked
package org.steward.fairness.api;

import org.jspecify.annotations.NullMarked;
