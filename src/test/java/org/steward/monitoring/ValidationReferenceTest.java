package org.steward.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.steward.approval.ApprovalWorkflow;
import org.steward.dataset.Datasets;
import org.steward.dataset.Progress;
import org.steward.dataset.SampleCsv;
import org.steward.dataset.Split;
import org.steward.identity.Role;
import org.steward.identity.RunAs;
import org.steward.register.ModelRegister;
import org.steward.statistics.Metric;
import org.steward.validation.ValidationResults;

/** Performance decay is judged against the version's validation test AUC where it has one. */
@SpringBootTest
class ValidationReferenceTest {

    @Autowired
    RunAs runAs;

    @Autowired
    ModelRegister register;

    @Autowired
    ApprovalWorkflow workflow;

    @Autowired
    Datasets datasets;

    @Autowired
    ValidationResults validations;

    @Autowired
    MonitoringIngest ingest;

    @Autowired
    Monitoring monitoring;

    @Autowired
    EvaluationSchedule schedule;

    @TempDir
    Path dir;

    private <T> T asDev(java.util.function.Supplier<T> action) {
        return runAs.call("dev", Set.of(Role.MODEL_DEVELOPER), action);
    }

    @Test
    void the_scheduled_evaluation_takes_the_validation_test_auc_as_the_reference() {
        var model = new MonitoringFixtures(runAs, register, workflow).model();
        var file = SampleCsv.write(dir, "scored.csv", SampleCsv.binary(400));
        asDev(() -> datasets.upload(model.id(), "1.0.0", file, "scored.csv", SampleCsv.binaryMapping(),
                Progress.NONE));
        var validation = runAs.call("auditor", Set.of(Role.AUDITOR), () -> validations.latest(model.id(), "1.0.0"))
                .orElseThrow();
        var testAuc = validation.report().split(Split.TEST).flatMap(s -> s.metric(Metric.ROC_AUC)).orElseThrow()
                .value();

        var rows = new ArrayList<Map<String, Object>>();
        var outcomes = new ArrayList<Map<String, Object>>();
        for (int i = 0; i < 200; i++) {
            rows.add(Map.of("requestId", "r-" + i, "features", Map.of("age", 20 + i % 50, "income", 1000 + i * 37 % 5000,
                    "region", List.of("north", "south", "east").get(i % 3)), "output", (i % 10) / 10.0));
            outcomes.add(Map.of("requestId", "r-" + i, "outcome", i % 2));
        }
        asDev(() -> ingest.acceptBatch(model.id(), "1.0.0", "v-1", MonitoringFixtures.json(Json.write(
                Map.of("rows", rows)))));
        asDev(() -> ingest.joinOutcomes(model.id(), MonitoringFixtures.json(Json.write(Map.of("outcomes",
                outcomes)))));

        // no user here: the schedule runs as the system
        assertThat(schedule.evaluateDue()).isPositive();

        var performance = runAs.call("auditor", Set.of(Role.AUDITOR), () -> monitoring.latest(model.id()))
                .orElseThrow().result().performance();
        assertThat(performance).isNotNull();
        assertThat(performance.referenceAuc()).isEqualTo(testAuc);
        assertThat(performance.referenceSource()).startsWith("validation test split, sample "
                + validation.shortHash());
        assertThat(performance.drop()).isCloseTo(testAuc - performance.auc(), org.assertj.core.data.Offset.offset(1e-12));
    }
}
