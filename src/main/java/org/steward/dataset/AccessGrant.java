package org.steward.dataset;

import java.time.Instant;

/** Who may download raw samples, who allowed it, when and why. */
public record AccessGrant(String username, String grantedBy, Instant grantedAt, String reason) {
}
