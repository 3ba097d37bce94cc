package org.steward.register;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Start-up seeding of demo approval statuses, until the approval workflow records real decisions.
 * Not reachable from the UI or API: ArchUnit allows only the demo seeder to call it.
 */
@Service
@Transactional
public class RegisterSeeding {

    private final ModelVersions versions;

    RegisterSeeding(ModelVersions versions) {
        this.versions = versions;
    }

    public void seed(long versionId, ApprovalStatus status, Stage stage) {
        versions.findById(versionId).orElseThrow().seed(status, stage);
    }
}
