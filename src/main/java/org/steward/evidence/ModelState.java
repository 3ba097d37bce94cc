package org.steward.evidence;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.steward.register.ApprovalStatus;
import org.steward.register.Stage;

/** A model's versions as they stood at {@code asOf}, replayed from the ledger's recorded events. */
public record ModelState(long modelId, Instant asOf, List<VersionState> versions) {

    public ModelState {
        versions = List.copyOf(versions);
    }

    /**
     * One version at that time: its status and stage ({@code null} when the record does not pin it down, e.g. a
     * stage edited while in draft), since when it had that status, the last decision taken on it by then, and a
     * note when the record and today's register disagree.
     */
    public record VersionState(String label, ApprovalStatus status, @Nullable Stage stage, Instant since,
                               @Nullable String lastDecision, @Nullable String note) {
    }
}
