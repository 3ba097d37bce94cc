package org.steward.fairness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.steward.approval.ApprovalFixtures;
import org.steward.approval.ApprovalWorkflow;
import org.steward.approval.RiskLevel;
import org.steward.dataset.ColumnMapping;
import org.steward.dataset.Datasets;
import org.steward.dataset.Progress;
import org.steward.dataset.TaskType;
import org.steward.dataset.UploadOutcome;
import org.steward.identity.Role;
import org.steward.identity.RunAs;
import org.steward.register.EuRiskCategory;
import org.steward.register.InternalRiskTier;
import org.steward.register.ModelRegister;
import org.steward.register.ModelView;
import org.steward.register.VersionView;

/**
 * Models, versions and uploaded scored samples for the fairness tests, created through the services as the demo
 * developer. The samples hold 240 test rows, 120 per sex. In the fair one both sexes have row for row the same
 * labels and scores, so every rate is equal and every measure at parity; in the unfair one women's scores are
 * halved, so they are selected far less often.
 */
public final class FairnessFixtures {

    public static final ColumnMapping MAPPING = new ColumnMapping(TaskType.BINARY, "score", "label", "split",
            List.of("sex"), List.of(), List.of("no", "yes"), "yes", 0.5, List.of());
    public static final ColumnMapping WITHOUT_SENSITIVE = new ColumnMapping(TaskType.BINARY, "score", "label",
            "split", List.of(), List.of(), List.of("no", "yes"), "yes", 0.5, List.of());
    public static final ColumnMapping MULTICLASS = new ColumnMapping(TaskType.MULTICLASS, "predicted", "label",
            "split", List.of("sex"), List.of(), List.of("a", "b", "c"), null, 0.5, List.of());

    private final RunAs runAs;
    private final Datasets datasets;
    private final ApprovalFixtures approval;

    public FairnessFixtures(RunAs runAs, ModelRegister register, ApprovalWorkflow workflow, Datasets datasets) {
        this.runAs = runAs;
        this.datasets = datasets;
        this.approval = new ApprovalFixtures(runAs, register, workflow, null);
    }

    /** A model of the given risk level, owned by the demo owner, registered by the demo developer. */
    public ModelView model(RiskLevel level) {
        return switch (level) {
            case HIGH -> approval.model(EuRiskCategory.HIGH, InternalRiskTier.HIGH);
            case MEDIUM -> approval.model(EuRiskCategory.LIMITED, InternalRiskTier.MEDIUM);
            case LOW -> approval.model(EuRiskCategory.MINIMAL, InternalRiskTier.LOW);
        };
    }

    public VersionView draft(ModelView model, String label) {
        return approval.draft(model, label);
    }

    public <T> T as(String username, Role role, Supplier<T> action) {
        return runAs.call(username, Set.of(role), action);
    }

    /** Uploads the CSV as the demo developer; every analysis, the fairness audit among them, runs on it. */
    public UploadOutcome upload(ModelView model, String label, String csv, ColumnMapping mapping, Progress progress) {
        try {
            var file = Files.createTempFile("fairness-test", ".csv");
            try {
                Files.writeString(file, csv);
                return as("dev", Role.MODEL_DEVELOPER, () -> datasets.upload(model.id(), label, file, "scores.csv",
                        mapping, progress));
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public UploadOutcome upload(ModelView model, String label, String csv) {
        return upload(model, label, csv, MAPPING, Progress.NONE);
    }

    /** Both sexes with the same labels and scores, row for row: every measure at parity. */
    public static String fair() {
        return binary(false, true);
    }

    /** Women's scores halved: selected far less often than men. */
    public static String unfair() {
        return binary(true, true);
    }

    /** The fair sample without the sex column. */
    public static String withoutSex() {
        return binary(false, false);
    }

    private static String binary(boolean unfair, boolean withSex) {
        var csv = new StringBuilder(withSex ? "sex,score,label,split\n" : "score,label,split\n");
        for (int i = 0; i < 240; i++) {
            int k = i / 2;
            boolean woman = i % 2 == 0;
            boolean positive = k % 3 == 0;
            double spread = ((k * 37) % 101) / 100.0 * 0.6;
            double score = (positive ? 0.35 : 0.05) + spread;
            if (unfair && woman) {
                score /= 2;
            }
            if (withSex) {
                csv.append(woman ? "F" : "M").append(',');
            }
            csv.append(score).append(',').append(positive ? "yes" : "no").append(",test\n");
        }
        return csv.toString();
    }

    /** A multiclass sample of 120 test rows per sex: every other woman is misclassified, no man is. */
    public static String multiclass() {
        var csv = new StringBuilder("sex,predicted,label,split\n");
        var classes = List.of("a", "b", "c");
        for (int i = 0; i < 240; i++) {
            var actual = classes.get(i % 3);
            var predicted = i % 4 == 0 ? classes.get((i + 1) % 3) : actual;
            csv.append(i % 2 == 0 ? "F" : "M").append(',').append(predicted).append(',').append(actual)
                    .append(",test\n");
        }
        return csv.toString();
    }
}
