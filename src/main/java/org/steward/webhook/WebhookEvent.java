package org.steward.webhook;

import java.time.Instant;
import org.steward.base.GovernanceEvent;

/** A model's webhook was set up, given a new secret or removed; recorded in the change log and the ledger. */
public sealed interface WebhookEvent extends GovernanceEvent {

    long modelId();

    @Override
    default String subject() {
        return "model:" + modelId();
    }

    /** A webhook was configured (or reconfigured, with a new secret); {@code target} omits any query string. */
    record WebhookConfigured(long modelId, String target, String actor, Instant at) implements WebhookEvent {
        public String kind() {
            return "WEBHOOK_CONFIGURED";
        }

        public String summary() {
            return "Configured the webhook to " + target + " with a new secret";
        }
    }

    /** The webhook was removed; queued deliveries are dropped with it. */
    record WebhookRemoved(long modelId, String actor, Instant at) implements WebhookEvent {
        public String kind() {
            return "WEBHOOK_REMOVED";
        }

        public String summary() {
            return "Removed the webhook";
        }
    }
}
