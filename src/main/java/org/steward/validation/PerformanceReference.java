package org.steward.validation;

import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.steward.dataset.Split;
import org.steward.statistics.Metric;

/**
 * The one figure monitoring judges performance decay against: a version's validation ROC AUC on its test split.
 * Read by scheduled evaluations, which act for no user, so it checks no role; it gives a single metric and the
 * sample's hash, never rows or the report.
 */
@Component
public class PerformanceReference {

    private final StoredValidations results;

    PerformanceReference(StoredValidations results) {
        this.results = results;
    }

    /** The latest validation's test-split ROC AUC of the version, where it has one. */
    @Transactional(readOnly = true)
    public Optional<TestAuc> testAuc(long modelId, long versionId) {
        return results.findFirstByModelIdAndVersionIdOrderByIdDesc(modelId, versionId).map(ValidationResults::view)
                .flatMap(v -> v.report().split(Split.TEST).flatMap(s -> s.metric(Metric.ROC_AUC))
                        .filter(m -> m.value() != null)
                        .map(m -> new TestAuc(m.value(), v.shortHash(), v.computedAt())));
    }

    /** A test-split ROC AUC, the first 12 hex digits of its sample's SHA-256 and when it was computed. */
    public record TestAuc(double auc, String sampleHash, Instant computedAt) {
    }
}
