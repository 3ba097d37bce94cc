package org.steward.webhook;

import java.time.Clock;
import java.util.LinkedHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.steward.register.RegisterEvent.VersionStatusChanged;
import tools.jackson.databind.json.JsonMapper;

/**
 * Queues a delivery for each version status change of a model that has a webhook, in the change's own
 * transaction: a change that rolls back leaves nothing to send, a committed one is never lost.
 */
@Component
class WebhookOutbox {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Webhooks webhooks;
    private final WebhookDeliveries deliveries;
    private final Clock clock;

    WebhookOutbox(Webhooks webhooks, WebhookDeliveries deliveries, Clock clock) {
        this.webhooks = webhooks;
        this.deliveries = deliveries;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(VersionStatusChanged event) {
        webhooks.findByModelId(event.modelId()).ifPresent(webhook -> deliveries.save(new WebhookDelivery(
                webhook.id(), event.modelId(), event.kind(), payload(event), clock.instant())));
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(WebhookNotice notice) {
        webhooks.findByModelId(notice.modelId()).ifPresent(webhook -> deliveries.save(new WebhookDelivery(
                webhook.id(), notice.modelId(), notice.kind(), payload(notice), clock.instant())));
    }

    /** The body of a notice: {@code {event, modelId, ...payload}}. */
    static String payload(WebhookNotice notice) {
        var body = new LinkedHashMap<String, Object>();
        body.put("event", notice.kind());
        body.put("modelId", notice.modelId());
        body.putAll(notice.payload());
        return JSON.writeValueAsString(body);
    }

    /** The body receivers get: {@code {event, modelId, label, from, to, actor, at}}. */
    static String payload(VersionStatusChanged event) {
        var body = new LinkedHashMap<String, Object>();
        body.put("event", event.kind());
        body.put("modelId", event.modelId());
        body.put("label", event.label());
        body.put("from", event.from().name());
        body.put("to", event.to().name());
        body.put("actor", event.actor());
        body.put("at", event.at().toString());
        return JSON.writeValueAsString(body);
    }
}
