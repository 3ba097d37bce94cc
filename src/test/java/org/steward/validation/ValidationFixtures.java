package org.steward.validation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import org.steward.approval.ApprovalFixtures;
import org.steward.approval.ApprovalWorkflow;
import org.steward.dataset.ColumnMapping;
import org.steward.dataset.DatasetView;
import org.steward.dataset.Datasets;
import org.steward.dataset.Progress;
import org.steward.dataset.TaskType;
import org.steward.identity.Role;
import org.steward.identity.RunAs;
import org.steward.register.EuRiskCategory;
import org.steward.register.InternalRiskTier;
import org.steward.register.ModelRegister;
import org.steward.register.ModelView;
import org.steward.register.VersionView;

/**
 * Models, versions and uploaded scored samples for the validation tests, created through the services as the demo
 * developer. The samples come from the generated dataset of {@code src/test/python/validation_reference.py}
 * (200 rows): its test ROC AUC is 0.8352835283528353.
 */
public final class ValidationFixtures {

    public static final String TEST_AUC = "0.835";
    public static final ColumnMapping MAPPING = new ColumnMapping(TaskType.BINARY, "score", "label", "split",
            List.of(), List.of(), List.of("no", "yes"), "yes", 0.5, List.of());

    private final RunAs runAs;
    private final Datasets datasets;
    private final ApprovalFixtures approval;

    public ValidationFixtures(RunAs runAs, ModelRegister register, ApprovalWorkflow workflow, Datasets datasets) {
        this.runAs = runAs;
        this.datasets = datasets;
        this.approval = new ApprovalFixtures(runAs, register, workflow, null);
    }

    public ModelView model(EuRiskCategory eu, InternalRiskTier tier) {
        return approval.model(eu, tier);
    }

    public VersionView draft(ModelView model, String label) {
        return approval.draft(model, label);
    }

    /** Uploads the CSV as the demo developer; every analysis, validation among them, runs on it. */
    public DatasetView upload(ModelView model, String label, String csv) {
        try {
            var file = Files.createTempFile("validation-test", ".csv");
            try {
                Files.writeString(file, csv);
                return runAs.call("dev", Set.of(Role.MODEL_DEVELOPER), () -> datasets.upload(model.id(), label,
                        file, "scores.csv", MAPPING, Progress.NONE)).dataset();
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Train and test rows alike: the overfitting gap is exactly 0. */
    public static String wellFitted() {
        return csv(true, i -> noisy(i));
    }

    /** Train rows perfectly separated (ROC AUC 1), test rows as usual: a gap of 0.165. */
    public static String overfitted() {
        return csv(true, i -> score(i) >= 0.5);
    }

    public static String testOnly() {
        return csv(false, i -> noisy(i));
    }

    /** Always with test rows: the dataset module refuses samples without them. */
    private static String csv(boolean train, IntPredicate trainLabel) {
        var csv = new StringBuilder("score,label,split\n");
        for (int i = 0; i < 200; i++) {
            if (train) {
                csv.append(score(i)).append(',').append(trainLabel.test(i) ? "yes" : "no").append(",train\n");
            }
            csv.append(score(i)).append(',').append(noisy(i) ? "yes" : "no").append(",test\n");
        }
        return csv.toString();
    }

    private static double score(int i) {
        return ((i * 37) % 101) / 100.0;
    }

    private static boolean noisy(int i) {
        return ((i * 61 + 17) % 97) / 97.0 < score(i);
    }
}
