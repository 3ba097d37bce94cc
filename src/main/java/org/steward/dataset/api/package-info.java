/** The REST API of evaluation datasets under {@code /api/v1}: inspect, upload, list, read and re-run analyses. */
@NullMarked
package org.steward.dataset.api;

import org.jspecify.annotations.NullMarked;
