package org.steward.protection;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.steward.approval.RiskLevel;

/**
 * Default retention of raw samples per risk level, in days ({@code steward.protection.retention-days.*}). Higher
 * risk keeps them longer by default, because its re-audits (fairness due dates, post-market monitoring) need them.
 */
@ConfigurationProperties("steward.protection.retention-days")
record RetentionDefaults(@DefaultValue("180") int low, @DefaultValue("365") int medium,
                         @DefaultValue("730") int high) {

    int of(RiskLevel level) {
        return switch (level) {
            case LOW -> low;
            case MEDIUM -> medium;
            case HIGH -> high;
        };
    }
}
