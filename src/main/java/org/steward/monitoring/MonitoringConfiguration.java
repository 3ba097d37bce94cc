package org.steward.monitoring;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Monitoring settings, and ShedLock on the database so that one node at a time runs a scheduled evaluation. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "10m")
class MonitoringConfiguration {

    @Bean
    MonitoringSettings monitoringSettings(@Value("${steward.monitoring.exact-limit:10000}") int exactLimit,
                                          @Value("${steward.monitoring.max-batch-rows:5000}") int maxBatchRows,
                                          @Value("${steward.monitoring.requests-per-minute:120}") int perMinute) {
        return new MonitoringSettings(exactLimit, maxBatchRows, perMinute);
    }

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        // the database's clock, not each node's, decides when a lock expires
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .build());
    }
}
