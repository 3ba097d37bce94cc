package org.steward.register;

import java.time.Instant;
import java.util.List;
import org.steward.base.GovernanceEvent;

/** Something changed in the register. The change log (and later the ledger) records every one of these. */
public sealed interface RegisterEvent extends GovernanceEvent {

    long modelId();

    @Override
    default String subject() {
        return "model:" + modelId();
    }

    /** A model was added to the register. */
    record ModelRegistered(long modelId, String name, String actor, Instant at) implements RegisterEvent {
        public String kind() {
            return "MODEL_REGISTERED";
        }

        public String summary() {
            return "Registered model '" + name + "'";
        }
    }

    /** A model's details were edited; {@code fields} names what changed. */
    record ModelChanged(long modelId, String name, List<String> fields, String actor, Instant at)
            implements RegisterEvent {
        public String kind() {
            return "MODEL_CHANGED";
        }

        public String summary() {
            return "Changed " + String.join(", ", fields) + " of model '" + name + "'";
        }
    }

    /** A version was registered for a model. */
    record VersionRegistered(long modelId, long versionId, String label, String actor, Instant at)
            implements RegisterEvent {
        public String kind() {
            return "VERSION_REGISTERED";
        }

        public String summary() {
            return "Registered version " + label;
        }
    }

    /** A version's details were edited; {@code fields} names what changed. */
    record VersionChanged(long modelId, long versionId, String label, List<String> fields, String actor, Instant at)
            implements RegisterEvent {
        public String kind() {
            return "VERSION_CHANGED";
        }

        public String summary() {
            return "Changed " + String.join(", ", fields) + " of version " + label;
        }
    }

    /**
     * A version moved along the approval workflow, e.g. from Submitted to Approved; {@code fromStage} and
     * {@code toStage} record where it ran before and after, so that its state on any past day can be replayed.
     */
    record VersionStatusChanged(long modelId, long versionId, String label, ApprovalStatus from, ApprovalStatus to,
                                Stage fromStage, Stage toStage, String actor, Instant at) implements RegisterEvent {
        public String kind() {
            return "VERSION_STATUS_CHANGED";
        }

        public String summary() {
            return "Version " + label + " moved from " + from.label() + " to " + to.label();
        }
    }
}
