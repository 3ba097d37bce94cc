package org.steward.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.steward.base.InvalidInputException;
import org.steward.dataset.ColumnMapping;
import org.steward.dataset.Datasets;
import org.steward.dataset.Progress;
import org.steward.dataset.TaskType;
import org.steward.demo.CreditSample.Variant;

/**
 * Uploads the demo's scored samples through the same path as a developer's upload, so that validation metrics
 * and fairness audits are computed by Steward: the deployed credit model's sample fails the four-fifths rule on
 * sex, the submitted successor's passes.
 */
@Component
class DemoSamples {

    private static final Map<String, Variant> SAMPLES = Map.of(
            "Retail credit scoring/1.1.0", Variant.BIASED,
            "Retail credit scoring/1.2.0", Variant.FAIR);

    static final ColumnMapping CREDIT_MAPPING = new ColumnMapping(TaskType.BINARY, "score", "repaid", "split",
            List.of("sex", "age_band"), List.of("age", "income", "debt_ratio", "employment_years", "existing_loans"),
            List.of("no", "yes"), "yes", 0.5, List.of("applicant_id"));

    private static final Logger log = LoggerFactory.getLogger(DemoSamples.class);

    private final Datasets datasets;

    DemoSamples(Datasets datasets) {
        this.datasets = datasets;
    }

    /** Uploads the sample of this model version, if the demo has one; runs as the demo developer. */
    void seed(String modelName, long modelId, String label) {
        var variant = SAMPLES.get(modelName + "/" + label);
        if (variant == null) {
            return;
        }
        try {
            var file = Files.createTempFile("steward-demo-", ".csv");
            try {
                Files.writeString(file, CreditSample.csv(CreditSample.DEMO_SEED, CreditSample.DEFAULT_ROWS, variant),
                        StandardCharsets.UTF_8);
                datasets.upload(modelId, label, file, "credit-scored-sample-" + label + ".csv", CREDIT_MAPPING,
                        Progress.NONE);
            } catch (InvalidInputException e) {
                // e.g. an upload limit configured below the demo sample's size: the portal still starts
                log.warn("Demo sample for {} {} not uploaded: {}", modelName, label, e.getMessage());
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the demo sample for " + modelName + " " + label, e);
        }
    }
}
