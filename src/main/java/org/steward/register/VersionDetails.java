package org.steward.register;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What a developer records about a model version, lineage included. */
public record VersionDetails(
        @NotBlank @Pattern(regexp = LABEL_PATTERN,
                message = "use a semantic version or label: letters, digits, '.', '-', '+' or '_', up to 64 characters")
        String label,
        @NotBlank @Size(max = 120) String algorithm,
        @Size(max = 120) @Nullable String framework,
        @PastOrPresent(message = "the training date cannot be in the future") @Nullable LocalDate trainingDate,
        @Nullable @Pattern(regexp = SHA256_PATTERN, message = "must be a SHA-256: 64 hexadecimal characters")
        String artifactSha256,
        @Nullable @Pattern(regexp = SHA256_PATTERN, message = "must be a SHA-256: 64 hexadecimal characters")
        String trainingDataSha256,
        @Nullable @Pattern(regexp = COMMIT_PATTERN, message = "must be a git commit id: 7 to 40 hexadecimal characters")
        String codeCommit,
        @Nullable String parentLabel,
        @Size(max = ModelDetails.TEXT_MAX) @Nullable String trainingDataDescription,
        @Size(max = ModelDetails.TEXT_MAX) @Nullable String evaluationDataDescription,
        @NotNull(message = "choose a stage") Stage stage) {

    public static final String LABEL_PATTERN = "[A-Za-z0-9][A-Za-z0-9._+-]{0,63}";
    public static final String SHA256_PATTERN = "[0-9a-fA-F]{64}";
    public static final String COMMIT_PATTERN = "[0-9a-fA-F]{7,40}";

    public VersionDetails {
        label = label == null ? null : label.strip();
        artifactSha256 = lowerOrNull(artifactSha256);
        trainingDataSha256 = lowerOrNull(trainingDataSha256);
        codeCommit = lowerOrNull(codeCommit);
        parentLabel = ModelDetails.blankToNull(parentLabel);
        framework = ModelDetails.blankToNull(framework);
        trainingDataDescription = ModelDetails.blankToNull(trainingDataDescription);
        evaluationDataDescription = ModelDetails.blankToNull(evaluationDataDescription);
    }

    private static @Nullable String lowerOrNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip().toLowerCase();
    }
}
