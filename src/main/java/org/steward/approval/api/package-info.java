/** The approval workflow's REST API under {@code /api/v1}: decisions on model versions, and their gates. */
@NullMarked
package org.steward.approval.api;

import org.jspecify.annotations.NullMarked;
