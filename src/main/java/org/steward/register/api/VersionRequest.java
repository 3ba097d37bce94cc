package org.steward.register.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.steward.register.Stage;
import org.steward.register.VersionDetails;

/**
 * The body that registers or updates a model version. On update the label may be left out (it cannot change)
 * and {@code version} is required.
 */
record VersionRequest(
        @Schema(description = "semantic version or label, e.g. 1.2.0") @Nullable String label,
        @Nullable String algorithm,
        @Nullable String framework,
        @Nullable LocalDate trainingDate,
        @Schema(description = "SHA-256 of the model artifact, 64 hexadecimal characters") @Nullable String artifactSha256,
        @Schema(description = "SHA-256 of the training data, 64 hexadecimal characters") @Nullable String trainingDataSha256,
        @Schema(description = "git commit of the training code, 7 to 40 hexadecimal characters") @Nullable String codeCommit,
        @Schema(description = "label of the version this one was derived from") @Nullable String parentLabel,
        @Nullable String trainingDataDescription,
        @Nullable String evaluationDataDescription,
        @Nullable Stage stage,
        @Schema(description = "on update: the version you read; a stale version is refused with 409")
        @Nullable Long version) {

    VersionDetails toDetails(@Nullable String defaultLabel) {
        return new VersionDetails(label == null ? defaultLabel : label, algorithm, framework, trainingDate,
                artifactSha256, trainingDataSha256, codeCommit, parentLabel, trainingDataDescription,
                evaluationDataDescription, stage);
    }
}
