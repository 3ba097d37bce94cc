package org.steward.evidence;

import java.time.Instant;
import org.steward.base.GovernanceEvent;

/** Someone exported a model's evidence pack; the change log and the ledger keep who took what, and when. */
public record EvidencePackExported(long modelId, String name, String format, String filename, String actor,
                                   Instant at) implements GovernanceEvent {

    @Override
    public String kind() {
        return "EVIDENCE_PACK_EXPORTED";
    }

    @Override
    public String subject() {
        return "model:" + modelId;
    }

    @Override
    public String summary() {
        return "Exported the evidence pack of model '" + name + "' as " + format + " (" + filename + ")";
    }
}
