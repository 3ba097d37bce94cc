package org.steward.ledger;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on scheduling for the ledger's periodic checkpoints. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class LedgerConfiguration {
}
