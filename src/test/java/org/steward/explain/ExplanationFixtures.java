package org.steward.explain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
import org.steward.approval.ApprovalFixtures;
import org.steward.approval.ApprovalWorkflow;
import org.steward.dataset.ColumnMapping;
import org.steward.dataset.DatasetView;
import org.steward.dataset.Datasets;
import org.steward.dataset.Progress;
import org.steward.dataset.TaskType;
import org.steward.identity.Role;
import org.steward.identity.RunAs;
import org.steward.register.ApprovalStatus;
import org.steward.register.EuRiskCategory;
import org.steward.register.InternalRiskTier;
import org.steward.register.ModelRegister;
import org.steward.register.ModelView;
import org.steward.register.RegisterSeeding;
import org.steward.register.VersionView;

/**
 * Models, versions and scored samples for the explanation tests, created through the services as the demo
 * developer. The samples are regression models with known structure: score = 3·x1 − 2·x2 exactly, x3 irrelevant,
 * and a region column; or a score that is pure noise.
 */
public final class ExplanationFixtures {

    public static final ColumnMapping MAPPING = new ColumnMapping(TaskType.REGRESSION, "score", "actual", "split",
            List.of(), List.of("x1", "x2", "x3", "region"), List.of(), null, 0, List.of());
    public static final int ROWS = 600;

    private final RunAs runAs;
    private final Datasets datasets;
    private final ApprovalFixtures approval;

    public ExplanationFixtures(RunAs runAs, ModelRegister register, ApprovalWorkflow workflow, Datasets datasets) {
        this(runAs, register, workflow, datasets, null);
    }

    public ExplanationFixtures(RunAs runAs, ModelRegister register, ApprovalWorkflow workflow, Datasets datasets,
                               @Nullable RegisterSeeding seeding) {
        this.runAs = runAs;
        this.datasets = datasets;
        this.approval = new ApprovalFixtures(runAs, register, workflow, seeding);
    }

    /** A version put straight into the approved state (needs the seeding), visible to end users. */
    public VersionView approved(ModelView model, String label) {
        return approval.seeded(model, label, ApprovalStatus.APPROVED);
    }

    public ModelView model(EuRiskCategory eu, InternalRiskTier tier) {
        return approval.model(eu, tier);
    }

    public VersionView draft(ModelView model, String label) {
        return approval.draft(model, label);
    }

    /** Uploads the CSV as the demo developer; every analysis, the explanation among them, runs on it. */
    public DatasetView upload(ModelView model, String label, String csv) {
        return upload(model, label, csv, MAPPING);
    }

    public DatasetView upload(ModelView model, String label, String csv, ColumnMapping mapping) {
        try {
            var file = Files.createTempFile("explanation-test", ".csv");
            try {
                Files.writeString(file, csv);
                return runAs.call("dev", Set.of(Role.MODEL_DEVELOPER), () -> datasets.upload(model.id(), label,
                        file, "scores.csv", mapping, Progress.NONE)).dataset();
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** score = 3·x1 − 2·x2 (the true outcome adds noise); x3 and region play no part. */
    public static String linear(int rows) {
        return csv(rows, false);
    }

    /** score is noise, independent of every feature. */
    public static String noise(int rows) {
        return csv(rows, true);
    }

    /** The exact SHAP values of the noiseless linear model 3·x1 − 2·x2 on {@link #linear}'s features, as CSV. */
    public static String exactAttributions(int rows, double scale) {
        var random = new SplittableRandom(5);
        var x1 = new double[rows];
        var x2 = new double[rows];
        var m1 = 0.0;
        var m2 = 0.0;
        for (var i = 0; i < rows; i++) {
            x1[i] = random.nextDouble();
            x2[i] = random.nextDouble();
            random.nextDouble();
            random.nextDouble();
            random.nextDouble();
            m1 += x1[i] / rows;
            m2 += x2[i] / rows;
        }
        var csv = new StringBuilder("x1,x2,x3,region\n");
        for (var i = 0; i < rows; i++) {
            csv.append(String.format(Locale.ROOT, "%.10f,%.10f,0,0%n", scale * 3 * (x1[i] - m1),
                    scale * -2 * (x2[i] - m2)));
        }
        return csv.toString();
    }

    private static String csv(int rows, boolean noise) {
        var random = new SplittableRandom(5);
        var csv = new StringBuilder("x1,x2,x3,region,score,actual,split\n");
        for (var i = 0; i < rows; i++) {
            var x1 = random.nextDouble();
            var x2 = random.nextDouble();
            var x3 = random.nextDouble();
            var region = random.nextDouble() < 0.5 ? "north" : "south";
            var e = random.nextDouble() - 0.5;
            var score = noise ? random.nextGaussian() : 3 * x1 - 2 * x2 + 0.1 * e;
            csv.append(String.format(Locale.ROOT, "%.10f,%.10f,%.10f,%s,%.10f,%.10f,%s%n", x1, x2, x3, region,
                    noise ? score : 3 * x1 - 2 * x2, score + e, i % 4 == 0 ? "test" : "train"));
        }
        return csv.toString();
    }
}
