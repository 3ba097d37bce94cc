/**
 * Outgoing webhooks: per model, a URL and a secret; every status change of the model's versions is written to an
 * outbox in the change's own transaction and delivered afterwards, signed with HMAC-SHA256, with retries.
 */
@ApplicationModule(displayName = "Webhooks")
@NullMarked
package org.steward.webhook;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
