package org.steward.approval;

import java.time.Instant;

/** An active delegation: {@code delegate} approves on the business owner's side of model {@code modelId}. */
public record DelegationView(long modelId, String delegate, String grantedBy, Instant grantedAt, String rationale) {
}
