package org.steward.approval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A decision as the user asks for it: the written rationale, the lock version of the version they read, any
 * conditions (approvals only) and whether to override failed evidence gates (approvals of low-risk models only).
 */
public record DecisionRequest(String rationale, long expectedVersion, List<Condition> conditions,
                              boolean overrideGates) {

    public static final int RATIONALE_MIN = 10;
    public static final int RATIONALE_MAX = 4000;

    public DecisionRequest {
        rationale = rationale == null ? "" : rationale.strip();
        conditions = conditions == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(conditions));
    }

    /** A plain decision without conditions or override. */
    public static DecisionRequest of(String rationale, long expectedVersion) {
        return new DecisionRequest(rationale, expectedVersion, List.of(), false);
    }
}
