/** The "Webhooks" tab of a model's page. */
@NullMarked
package org.steward.webhook.ui;

import org.jspecify.annotations.NullMarked;
