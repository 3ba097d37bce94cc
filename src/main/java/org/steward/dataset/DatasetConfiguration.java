package org.steward.dataset;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Binds the dataset limits ({@code steward.datasets.*}) and loads the encryption keys, failing start-up without. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({DatasetLimits.class, EncryptionSettings.class})
class DatasetConfiguration {

    @Bean
    DatasetKeys datasetKeys(EncryptionSettings settings, Clock clock) {
        return DatasetKeyLoader.load(settings, clock);
    }
}
