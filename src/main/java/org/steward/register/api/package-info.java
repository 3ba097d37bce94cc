/** The register's REST API under {@code /api/v1}: models and their versions, guarded by API token scopes. */
@NullMarked
package org.steward.register.api;

import org.jspecify.annotations.NullMarked;
