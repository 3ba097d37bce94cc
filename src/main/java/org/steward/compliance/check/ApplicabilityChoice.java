package org.steward.compliance.check;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A risk officer's decision whether a framework applies to a model, with the rationale; {@code applies} null means
 * back to the default from the risk tier and domain.
 */
public record ApplicabilityChoice(long id, long modelId, String frameworkCode, @Nullable Boolean applies,
                                  String rationale, String setBy, Instant setAt) {
}
