/** The Monitoring tab of a model's page. */
@NullMarked
package org.steward.monitoring.ui;

import org.jspecify.annotations.NullMarked;
