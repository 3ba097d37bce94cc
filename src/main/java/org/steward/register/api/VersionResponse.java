package org.steward.register.api;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.steward.register.ApprovalStatus;
import org.steward.register.Stage;
import org.steward.register.VersionView;

/** A model version as the API returns it; send {@code version} back unchanged when you update it. */
record VersionResponse(
        long id,
        long modelId,
        String label,
        String algorithm,
        @Nullable String framework,
        @Nullable LocalDate trainingDate,
        @Nullable String artifactSha256,
        @Nullable String trainingDataSha256,
        @Nullable String codeCommit,
        @Nullable String parentLabel,
        @Nullable String trainingDataDescription,
        @Nullable String evaluationDataDescription,
        Stage stage,
        ApprovalStatus status,
        String registeredBy,
        Instant registeredAt,
        Instant updatedAt,
        long version) {

    static VersionResponse of(VersionView view) {
        var d = view.details();
        return new VersionResponse(view.id(), view.modelId(), d.label(), d.algorithm(), d.framework(),
                d.trainingDate(), d.artifactSha256(), d.trainingDataSha256(), d.codeCommit(), d.parentLabel(),
                d.trainingDataDescription(), d.evaluationDataDescription(), d.stage(), view.status(),
                view.registeredBy(), view.registeredAt(), view.updatedAt(), view.version());
    }
}
