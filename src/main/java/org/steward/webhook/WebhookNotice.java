package org.steward.webhook;

import java.util.Map;

/**
 * An event other modules want sent to a model's webhook (e.g. a retraining request); publish it inside the
 * transaction that causes it and the outbox queues it with the same signing and retries as status changes.
 */
public interface WebhookNotice {

    long modelId();

    /** The {@code event} field of the body, e.g. {@code RETRAINING_REQUESTED}. */
    String kind();

    /** The rest of the body; {@code event} and {@code modelId} are added. */
    Map<String, Object> payload();
}
