package org.steward.webhook;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on scheduling for the webhook delivery worker. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class WebhookConfiguration {
}
