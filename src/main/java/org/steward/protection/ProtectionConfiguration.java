package org.steward.protection;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the default retention per risk level ({@code steward.protection.retention-days.*}). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RetentionDefaults.class)
class ProtectionConfiguration {
}
