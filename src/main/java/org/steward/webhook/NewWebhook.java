package org.steward.webhook;

/** A webhook just configured, with its secret: the only time the secret is shown. */
public record NewWebhook(WebhookView webhook, String secret) {
}
