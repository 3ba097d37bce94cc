package org.steward.register;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Start-up seeding of demo approval statuses that the approval workflow cannot reach honestly yet (medium and
 * high-risk models need evidence that later features bring). Not reachable from the UI or API: ArchUnit allows
 * only the demo seeder to call it.
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
