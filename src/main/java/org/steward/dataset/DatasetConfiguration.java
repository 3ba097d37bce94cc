package org.steward.dataset;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the dataset limits ({@code steward.datasets.*}). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DatasetLimits.class)
class DatasetConfiguration {
}
