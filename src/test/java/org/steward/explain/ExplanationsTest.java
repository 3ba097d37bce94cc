package org.steward.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.steward.approval.ApprovalWorkflow;
import org.steward.base.ConflictException;
import org.steward.base.InvalidInputException;
import org.steward.base.NotFoundException;
import org.steward.dataset.Datasets;
import org.steward.dataset.Progress;
import org.steward.explain.method.ExplanationReport.Kind;
import org.steward.explain.method.ImportedAttributions.Link;
import org.steward.identity.Role;
import org.steward.identity.RunAs;
import org.steward.ledger.Ledger;
import org.steward.ledger.LedgerRecord;
import org.steward.register.EuRiskCategory;
import org.steward.register.InternalRiskTier;
import org.steward.register.ModelRegister;

/** Explanations in the application: computed on upload, stored immutably, recorded in the ledger, role-checked. */
@SpringBootTest
class ExplanationsTest {

    @Autowired
    Explanations explanations;

    @Autowired
    StoredExplanations stored;

    @Autowired
    SurrogateContents surrogates;

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

    private ExplanationFixtures fixtures() {
        return new ExplanationFixtures(runAs, register, workflow, datasets);
    }

    private <T> T as(String user, Role role, Supplier<T> action) {
        return runAs.call(user, Set.of(role), action);
    }

    @Test
    void an_upload_stores_a_reliable_explanation_of_its_sample_with_a_ledger_entry() {
        var f = fixtures();
        var model = f.model(EuRiskCategory.MINIMAL, InternalRiskTier.MEDIUM);
        var version = f.draft(model, "1.0.0");
        var dataset = f.upload(model, "1.0.0", ExplanationFixtures.linear(ExplanationFixtures.ROWS));

        var latest = as("auditor", Role.AUDITOR, () -> explanations.latest(version.id())).orElseThrow();

        assertThat(latest.datasetId()).isEqualTo(dataset.id());
        assertThat(latest.datasetSha256()).isEqualTo(dataset.sha256());
        assertThat(latest.kind()).isEqualTo(Kind.SURROGATE);
        assertThat(latest.reliable()).isTrue();
        assertThat(latest.fidelity()).isGreaterThan(0.8);
        assertThat(latest.computedBy()).isEqualTo("dev");
        assertThat(latest.report().features().getFirst().name()).isEqualTo("x1");
        assertThat(latest.report().summary()).contains("reliable");
        assertThat(latest.method()).startsWith("Global surrogate: Smile random forest");
        var entries = as("auditor", Role.AUDITOR, () -> ledger.trail("model:" + model.id())).stream()
                .filter(e -> e.action().equals("EXPLANATION_COMPUTED")).toList();
        assertThat(entries).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo("dev");
            assertThat(e.payload()).contains("\"explanationId\":" + latest.id());
        });
    }

    @Test
    void a_recompute_adds_a_result_and_leaves_the_earlier_one_as_it_was() {
        var f = fixtures();
        var model = f.model(EuRiskCategory.MINIMAL, InternalRiskTier.MEDIUM);
        var version = f.draft(model, "2.0.0");
        var dataset = f.upload(model, "2.0.0", ExplanationFixtures.linear(ExplanationFixtures.ROWS));
        var first = as("auditor", Role.AUDITOR, () -> explanations.latest(version.id())).orElseThrow();

        var second = as("risk", Role.RISK_OFFICER, () -> explanations.recompute(dataset.id(), Progress.NONE));

        assertThat(second.id()).isGreaterThan(first.id());
        assertThat(second.computedBy()).isEqualTo("risk");
        assertThat(second.report()).usingRecursiveComparison().isEqualTo(first.report());
        assertThat(as("auditor", Role.AUDITOR, () -> explanations.get(first.id()))).usingRecursiveComparison()
                .isEqualTo(first);
        assertThat(as("owner", Role.BUSINESS_OWNER, () -> explanations.history(model.id(), PageRequest.of(0, 10))))
                .extracting(ExplanationView::id).containsExactly(second.id(), first.id());
        assertThat(as("dev", Role.MODEL_DEVELOPER, () -> explanations.explainedVersions(model.id())))
                .containsExactly(new ExplainedVersion(version.id(), "2.0.0", second.id()));
        assertThat(as("auditor", Role.AUDITOR, () -> ledger.trail("model:" + model.id())))
                .extracting(LedgerRecord::action).filteredOn("EXPLANATION_COMPUTED"::equals).hasSize(2);
    }

    @Test
    void a_model_whose_output_is_noise_is_explained_but_marked_not_reliable() {
        var f = fixtures();
        var model = f.model(EuRiskCategory.MINIMAL, InternalRiskTier.MEDIUM);
        var version = f.draft(model, "0.1");
        f.upload(model, "0.1", ExplanationFixtures.noise(ExplanationFixtures.ROWS));

        var latest = as("auditor", Role.AUDITOR, () -> explanations.latest(version.id())).orElseThrow();

        assertThat(latest.reliable()).isFalse();
        assertThat(latest.fidelity()).isLessThan(0.3);
        assertThat(latest.report().summary()).contains("Not reliable");
    }

    @Test
    void a_sample_too_small_is_refused_with_a_clear_message_and_nothing_is_stored() {
        var f = fixtures();
        var model = f.model(EuRiskCategory.MINIMAL, InternalRiskTier.MEDIUM);
        f.draft(model, "1.0");
        var before = stored.count();
        var beforeSurrogates = surrogates.count();
        var outcome = f.upload(model, "1.0", ExplanationFixtures.linear(120));
        assertThat(stored.count()).isEqualTo(before);
        assertThatThrownBy(() -> as("dev", Role.MODEL_DEVELOPER, () -> explanations.recompute(outcome.id(),
                Progress.NONE))).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                .containsEntry("sample", "has 120 rows; a surrogate needs at least 200 to be fitted on part of them "
                        + "and checked on the rest"));
        assertThat(stored.count()).isEqualTo(before);
        assertThat(surrogates.count()).isEqualTo(beforeSurrogates);
    }

    @Test
    void a_cancelled_computation_stores_nothing() {
        var f = fixtures();
        var model = f.model(EuRiskCategory.MINIMAL, InternalRiskTier.MEDIUM);
        f.draft(model, "1.0.0");
        var dataset = f.upload(model, "1.0.0", ExplanationFixtures.linear(ExplanationFixtures.ROWS));
        var before = stored.count();
        var cancelled = new Progress() {
            @Override
            public void step(String message, double fraction) {
            }

            @Override
            public boolean cancelled() {
                return true;
            }
        };

        assertThatThrownBy(() -> as("dev", Role.MODEL_DEVELOPER, () -> explanations.recompute(dataset.id(),
                cancelled))).isInstanceOf(CancellationException.class).hasMessageContaining("nothing was stored");
        assertThat(stored.count()).isEqualTo(before);
    }

    @Test
    void a_sample_without_features_is_not_explained() {
        var f = fixtures();
        var model = f.model(EuRiskCategory.MINIMAL, InternalRiskTier.MEDIUM);
        var version = f.draft(model, "1.0.0");
        var mapping = new org.steward.dataset.ColumnMapping(org.steward.dataset.TaskType.REGRESSION, "score",
                "actual", "split", java.util.List.of(), java.util.List.of(), java.util.List.of(), null, 0,
                java.util.List.of("x1", "x2", "x3", "region"));
        var dataset = f.upload(model, "1.0.0", ExplanationFixtures.linear(ExplanationFixtures.ROWS), mapping);

        assertThat(as("auditor", Role.AUDITOR, () -> explanations.latest(version.id()))).isEmpty();
        assertThatThrownBy(() -> as("dev", Role.MODEL_DEVELOPER, () -> explanations.recompute(dataset.id(),
                Progress.NONE))).isInstanceOf(ConflictException.class)
                .hasMessage("No feature columns are mapped in this sample: nothing to explain.");
    }

    @Test
    void one_decision_is_explained_with_its_contributions_and_a_sentence() {
        var f = fixtures();
        var model = f.model(EuRiskCategory.MINIMAL, InternalRiskTier.MEDIUM);
        f.draft(model, "1.0.0");
        f.upload(model, "1.0.0", ExplanationFixtures.linear(ExplanationFixtures.ROWS));

        var decision = as("owner", Role.BUSINESS_OWNER, () -> explanations.explain(model.id(), "1.0.0",
                Map.of("x1", 0.95, "x2", "0.05", "x3", 0.5, "region", "north")));

        assertThat(decision.prediction()).isCloseTo(3 * 0.95 - 2 * 0.05, within(0.6));
        assertThat(decision.baseValue() + decision.contributions().stream().mapToDouble(c -> c.contribution()).sum()
                + decision.others()).isCloseTo(decision.prediction(), within(1e-9));
        assertThat(decision.contributions().getFirst().feature()).isEqualTo("x1");
        assertThat(decision.contributions().getFirst().contribution()).isPositive();
        assertThat(decision.reliable()).isTrue();
        assertThat(decision.sentence()).startsWith("The surrogate puts the prediction at ")
                .contains("x1 = 0.95 raised it by ").contains("It follows the model closely");
    }

    @Test
    void a_decision_with_unknown_missing_or_malformed_features_is_refused_naming_each() {
        var f = fixtures();
        var model = f.model(EuRiskCategory.MINIMAL, InternalRiskTier.MEDIUM);
        f.draft(model, "1.0.0");
        f.upload(model, "1.0.0", ExplanationFixtures.linear(ExplanationFixtures.ROWS));
        var values = new HashMap<String, Object>(Map.of("x1", "high", "x3", 0.5, "region", "east", "age", 40));

        assertThatThrownBy(() -> as("dev", Role.MODEL_DEVELOPER, () -> explanations.explain(model.id(), "1.0.0",
                values))).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                .containsEntry("features[age]", "is not a feature of this model (its features: x1, x2, x3, region)")
                .containsEntry("features[x1]", "'high' is not a finite number")
                .containsEntry("features[x2]", "is missing: every feature needs a value")
                .containsEntry("features[region]", "'east' is not a level seen in the sample (2 levels: north, "
                        + "south)"));
    }

    @Test
    void exact_imported_attributions_are_accepted_and_summarised_like_shap_values() {
        var f = fixtures();
        var model = f.model(EuRiskCategory.MINIMAL, InternalRiskTier.MEDIUM);
        var version = f.draft(model, "1.0.0");
        var dataset = f.upload(model, "1.0.0", ExplanationFixtures.linear(ExplanationFixtures.ROWS));
        var csv = ExplanationFixtures.exactAttributions(ExplanationFixtures.ROWS, 1).getBytes(StandardCharsets.UTF_8);

        var imported = as("dev", Role.MODEL_DEVELOPER, () -> explanations.importAttributions(dataset.id(), csv,
                "C:\\work\\shap.csv", Link.IDENTITY));

        assertThat(imported.kind()).isEqualTo(Kind.IMPORTED);
        assertThat(imported.reliable()).isTrue();
        assertThat(imported.fidelity()).isNull();
        assertThat(imported.attributionFile()).isEqualTo("shap.csv");
        assertThat(imported.attributionSha256()).hasSize(64);
        assertThat(imported.report().additivityError()).isLessThan(1e-6);
        var features = imported.report().features();
        assertThat(features).extracting(fi -> fi.name()).startsWith("x1", "x2");
        assertThat(features.getFirst().direction()).isCloseTo(1, within(1e-9));
        assertThat(features.get(1).direction()).isCloseTo(-1, within(1e-9));
        assertThat(features.getFirst().permutationMean()).isNull();
        assertThat(as("auditor", Role.AUDITOR, () -> explanations.latest(version.id())).orElseThrow().id())
                .isEqualTo(imported.id());
    }

    @Test
    void attributions_whose_shape_or_additivity_do_not_match_are_refused_and_nothing_is_stored() {
        var f = fixtures();
        var model = f.model(EuRiskCategory.MINIMAL, InternalRiskTier.MEDIUM);
        f.draft(model, "1.0.0");
        var dataset = f.upload(model, "1.0.0", ExplanationFixtures.linear(ExplanationFixtures.ROWS));
        var before = stored.count();
        var exact = ExplanationFixtures.exactAttributions(ExplanationFixtures.ROWS, 1);
        var doubled = ExplanationFixtures.exactAttributions(ExplanationFixtures.ROWS, 2);
        var shortFile = exact.substring(0, exact.lastIndexOf('\n', exact.length() - 2) + 1);
        var renamed = exact.replaceFirst("x3", "age");

        assertThatThrownBy(() -> importing(dataset.id(), shortFile)).isInstanceOfSatisfying(
                InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsEntry("file",
                        "has 599 rows of attributions; the scored sample has 600 (one row of attributions per "
                                + "sample row, in the same order)"));
        assertThatThrownBy(() -> importing(dataset.id(), renamed)).isInstanceOfSatisfying(
                InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("columns", "no attribution column for the feature(s) x3")
                        .containsEntry("extra", "column(s) age are not mapped features of the sample (expected the "
                                + "features and optionally base_value)"));
        assertThatThrownBy(() -> importing(dataset.id(), doubled)).isInstanceOfSatisfying(
                InvalidInputException.class, e -> assertThat(e.fieldErrors().get("additivity"))
                        .startsWith("in ").contains("base value + attributions differ from the model's output by "
                                + "more than 0.001"));
        assertThatThrownBy(() -> importing(dataset.id(), exact.replaceFirst("\n[^,]+,", "\nabc,")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors().get("file"))
                        .isEqualTo("row 1, column x1: 'abc' is not a finite number"));
        assertThat(stored.count()).isEqualTo(before);
    }

    private ExplanationView importing(long datasetId, String csv) {
        return as("dev", Role.MODEL_DEVELOPER, () -> explanations.importAttributions(datasetId,
                csv.getBytes(StandardCharsets.UTF_8), "shap.csv", Link.IDENTITY));
    }

    @Test
    void roles_are_checked_on_the_server() {
        var f = fixtures();
        var model = f.model(EuRiskCategory.MINIMAL, InternalRiskTier.MEDIUM);
        var version = f.draft(model, "1.0.0");
        var dataset = f.upload(model, "1.0.0", ExplanationFixtures.linear(ExplanationFixtures.ROWS));
        var csv = ExplanationFixtures.exactAttributions(ExplanationFixtures.ROWS, 1).getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> as("enduser", Role.END_USER, () -> explanations.latest(version.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("owner", Role.BUSINESS_OWNER, () -> explanations.recompute(dataset.id(),
                Progress.NONE))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("risk", Role.RISK_OFFICER, () -> explanations.importAttributions(dataset.id(),
                csv, "shap.csv", Link.IDENTITY))).isInstanceOf(AccessDeniedException.class);
        // a draft is invisible to end users, so its decisions are too
        assertThatThrownBy(() -> as("enduser", Role.END_USER, () -> explanations.explain(model.id(), "1.0.0",
                Map.of("x1", 1, "x2", 0, "x3", 0, "region", "north")))).isInstanceOf(NotFoundException.class);
        assertThat(as("enduser", Role.END_USER, explanations::canRead)).isFalse();
        assertThat(as("auditor", Role.AUDITOR, explanations::canRecompute)).isFalse();
        assertThat(as("risk", Role.RISK_OFFICER, explanations::canRecompute)).isTrue();
        assertThat(as("risk", Role.RISK_OFFICER, explanations::canImport)).isFalse();
    }
}
