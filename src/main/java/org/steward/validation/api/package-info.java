/** The validation REST API under {@code /api/v1}: the latest validation of a version, a model's history, one result. */
@NullMarked
package org.steward.validation.api;

import org.jspecify.annotations.NullMarked;
