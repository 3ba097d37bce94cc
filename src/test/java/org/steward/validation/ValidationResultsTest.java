package org.steward.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.steward.approval.ApprovalWorkflow;
import org.steward.base.NotFoundException;
import org.steward.dataset.Datasets;
import org.steward.dataset.Progress;
import org.steward.identity.Role;
import org.steward.identity.RunAs;
import org.steward.ledger.Ledger;
import org.steward.ledger.LedgerRecord;
import org.steward.register.EuRiskCategory;
import org.steward.register.InternalRiskTier;
import org.steward.register.ModelRegister;
import org.steward.statistics.Metric;

/** Validation results in the application: computed on upload, stored immutably, recorded in the ledger. */
@SpringBootTest
class ValidationResultsTest {

    @Autowired
    ValidationResults results;

    @Autowired
    ValidationSettings settings;

    @Autowired
    Datasets datasets;

    @Autowired
    Ledger ledger;

    @Autowired
    RunAs runAs;

    @Autowired
    ModelRegister register;

    @Autowired
    ApprovalWorkflow workflow;

    private ValidationFixtures fixtures() {
        return new ValidationFixtures(runAs, register, workflow, datasets);
    }

    private <T> T as(String user, Role role, Supplier<T> action) {
        return runAs.call(user, Set.of(role), action);
    }

    @Test
    void an_upload_stores_the_report_of_its_sample_with_a_ledger_entry() {
        var f = fixtures();
        var model = f.model(EuRiskCategory.MINIMAL, InternalRiskTier.MEDIUM);
        var version = f.draft(model, "1.0.0");
        var dataset = f.upload(model, "1.0.0", ValidationFixtures.wellFitted());

        var stored = as("auditor", Role.AUDITOR, () -> results.latest(model.id(), version.id())).orElseThrow();

        assertThat(stored.datasetId()).isEqualTo(dataset.id());
        assertThat(stored.datasetSha256()).isEqualTo(dataset.sha256());
        assertThat(stored.datasetFile()).isEqualTo("scores.csv");
        assertThat(stored.versionLabel()).isEqualTo("1.0.0");
        assertThat(stored.computedBy()).isEqualTo("dev");
        assertThat(stored.primaryMetric()).isEqualTo(Metric.ROC_AUC);
        assertThat(stored.primaryTestValue()).isCloseTo(0.8352835283528353, within(1e-9));
        assertThat(stored.overfittingGap()).isEqualTo(0.0);
        assertThat(stored.method()).startsWith("Percentile bootstrap, " + settings.resamples() + " resamples, seed "
                + settings.seed());
        var sample = as("auditor", Role.AUDITOR, () -> datasets.sample(dataset.id()));
        assertThat(stored.report()).isEqualTo(new ValidationCalculator().compute(sample, settings, Progress.NONE));

        var entries = as("auditor", Role.AUDITOR, () -> ledger.trail("model:" + model.id())).stream()
                .filter(e -> e.action().equals("VALIDATION_COMPUTED")).toList();
        assertThat(entries).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo("dev");
            assertThat(e.payload()).contains("\"resultId\":" + stored.id())
                    .contains("\"datasetSha256\":\"" + dataset.sha256() + "\"");
        });
    }

    @Test
    void a_rerun_adds_a_result_and_leaves_the_earlier_one_as_it_was() {
        var f = fixtures();
        var model = f.model(EuRiskCategory.MINIMAL, InternalRiskTier.MEDIUM);
        var version = f.draft(model, "2.0.0");
        var dataset = f.upload(model, "2.0.0", ValidationFixtures.overfitted());
        var first = as("auditor", Role.AUDITOR, () -> results.latest(model.id(), version.id())).orElseThrow();

        as("risk", Role.RISK_OFFICER, () -> datasets.rerun(dataset.id(), Progress.NONE));

        var latest = as("auditor", Role.AUDITOR, () -> results.latest(model.id(), "2.0.0")).orElseThrow();
        assertThat(latest.id()).isGreaterThan(first.id());
        assertThat(latest.computedBy()).isEqualTo("risk");
        assertThat(latest.report()).isEqualTo(first.report());
        assertThat(as("auditor", Role.AUDITOR, () -> results.get(first.id()))).isEqualTo(first);
        assertThat(as("auditor", Role.AUDITOR, () -> results.count(model.id()))).isEqualTo(2);
        assertThat(as("owner", Role.BUSINESS_OWNER, () -> results.history(model.id(), PageRequest.of(0, 10))))
                .extracting(ValidationView::id).containsExactly(latest.id(), first.id());
        assertThat(as("dev", Role.MODEL_DEVELOPER, () -> results.validatedVersions(model.id())))
                .containsExactly(new ValidatedVersion(version.id(), "2.0.0", latest.id()));
        assertThat(as("auditor", Role.AUDITOR, () -> ledger.trail("model:" + model.id())))
                .extracting(LedgerRecord::action).filteredOn("VALIDATION_COMPUTED"::equals).hasSize(2);
    }

    @Test
    void a_cancelled_computation_stores_nothing() {
        var f = fixtures();
        var model = f.model(EuRiskCategory.MINIMAL, InternalRiskTier.MEDIUM);
        f.draft(model, "1.0.0");
        var dataset = f.upload(model, "1.0.0", ValidationFixtures.testOnly());
        var sample = as("dev", Role.MODEL_DEVELOPER, () -> datasets.sample(dataset.id()));
        var cancelled = new Progress() {
            @Override
            public void step(String message, double fraction) {
            }

            @Override
            public boolean cancelled() {
                return true;
            }
        };

        assertThatThrownBy(() -> as("dev", Role.MODEL_DEVELOPER, () -> {
            results.analyse(dataset, sample, cancelled);
            return null;
        })).isInstanceOf(CancellationException.class);
        assertThat(as("auditor", Role.AUDITOR, () -> results.count(model.id()))).isEqualTo(1);
    }

    @Test
    void end_users_read_nothing_and_only_developers_and_risk_officers_compute() {
        var f = fixtures();
        var model = f.model(EuRiskCategory.MINIMAL, InternalRiskTier.MEDIUM);
        var version = f.draft(model, "1.0.0");
        var dataset = f.upload(model, "1.0.0", ValidationFixtures.wellFitted());
        var sample = as("dev", Role.MODEL_DEVELOPER, () -> datasets.sample(dataset.id()));

        assertThatThrownBy(() -> as("enduser", Role.END_USER, () -> results.latest(model.id(), version.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("enduser", Role.END_USER, () -> results.count(model.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("auditor", Role.AUDITOR, () -> {
            results.analyse(dataset, sample, Progress.NONE);
            return null;
        })).isInstanceOf(AccessDeniedException.class);
        assertThat(as("enduser", Role.END_USER, results::canRead)).isFalse();
        assertThat(as("auditor", Role.AUDITOR, results::canRead)).isTrue();
        assertThatThrownBy(() -> as("auditor", Role.AUDITOR, () -> results.get(-1)))
                .isInstanceOf(NotFoundException.class).hasMessage("No validation result -1.");
        assertThat(as("auditor", Role.AUDITOR, () -> results.count(model.id()))).isEqualTo(1);
    }

    @Test
    void stored_results_can_be_neither_updated_nor_deleted() {
        assertThat(Arrays.stream(StoredValidations.class.getMethods()).map(Method::getName))
                .noneMatch(name -> name.startsWith("delete") || name.startsWith("update") || name.startsWith("saveAll"))
                .contains("save");
        assertThat(results.name()).isEqualTo("Validation metrics");
        assertThat(results.order()).isEqualTo(10);
    }
}
