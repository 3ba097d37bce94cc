package org.steward.compliance;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the compliance module.
 *
 * @param maxAttachmentSize the largest file an attestation may carry ({@code steward.compliance.max-attachment-size},
 *                          default 10 MB)
 * @param expiryWarningDays attestations expiring within this many days are listed as expiring on the dashboard
 *                          ({@code steward.compliance.expiry-warning-days}, default 30)
 */
@ConfigurationProperties("steward.compliance")
record ComplianceSettings(@DefaultValue("10MB") DataSize maxAttachmentSize, @DefaultValue("30") int expiryWarningDays) {
}
