package org.steward.fairness;

import java.time.Duration;
import java.time.Instant;

/** Stores a copy of a recorded audit as if it had been made days ago, so that tests need not wait for it to age. */
final class Backdating {

    private Backdating() {
    }

    static long store(StoredAudits audits, StoredPolicies policies, FairnessAuditView audit, String label, int days) {
        var a = audit.audit();
        var policy = policies.findById(a.policyId()).orElseThrow();
        var at = Instant.now().minus(Duration.ofDays(days));
        return audits.save(new StoredAudit(a.datasetId(), a.modelId(), a.versionId(), label, a.datasetSha256(),
                policy, audit.result(), "dev", at)).id();
    }
}
