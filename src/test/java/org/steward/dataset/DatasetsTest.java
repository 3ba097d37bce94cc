package org.steward.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.steward.dataset.SampleCsv.binary;
import static org.steward.dataset.SampleCsv.binaryMapping;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.steward.approval.ApprovalFixtures;
import org.steward.approval.ApprovalWorkflow;
import org.steward.audit.ChangeHistory;
import org.steward.audit.ChangeRecord;
import org.steward.base.ConflictException;
import org.steward.base.InvalidInputException;
import org.steward.base.NotFoundException;
import org.steward.identity.Role;
import org.steward.register.ApprovalStatus;
import org.steward.register.ModelView;
import org.steward.register.RegisterSeeding;

/** The dataset service: storing, de-duplicating, refusing bad input without a trace, roles, analyses, progress. */
class DatasetsTest extends DatasetTestSupport {

    @Autowired
    ChangeHistory history;

    @Autowired
    ApprovalWorkflow workflow;

    @Autowired
    RegisterSeeding seeding;

    @Autowired
    StoredContent storedContent;

    private UploadOutcome upload(ModelView model, String fileName, String csv, ColumnMapping mapping) {
        var file = file(fileName, csv);
        return asDev(() -> datasets.upload(model.id(), "1.0.0", file, fileName, mapping, Progress.NONE));
    }

    private static ColumnMapping withThreshold(ColumnMapping m, double threshold) {
        return new ColumnMapping(m.task(), m.output(), m.outcome(), m.split(), m.sensitive(), m.features(),
                m.classes(), m.positiveClass(), threshold, m.dropped());
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void a_developer_stores_a_sample_with_its_hash_sizes_counts_and_mapping() throws Exception {
        var model = modelWithVersion();
        var before = stored();
        var csv = binary(40);

        var outcome = upload(model, "credit.csv", csv, binaryMapping());

        var view = outcome.dataset();
        assertThat(outcome.alreadyStored()).isFalse();
        assertThat(view.modelId()).isEqualTo(model.id());
        assertThat(view.versionLabel()).isEqualTo("1.0.0");
        assertThat(view.fileName()).isEqualTo("credit.csv");
        assertThat(view.sha256()).isEqualTo(sha256(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(view.sizeBytes()).isEqualTo(csv.length());
        assertThat(view.storedBytes()).isPositive().isLessThan(view.sizeBytes());
        assertThat(view.rows()).isEqualTo(40);
        assertThat(view.columns()).isEqualTo(7);
        assertThat(view.task()).isEqualTo(TaskType.BINARY);
        assertThat(view.mapping()).isEqualTo(binaryMapping());
        assertThat(view.uploadedBy()).isEqualTo("dev");
        assertThat(stored()).containsExactly(before.get(0) + 1, before.get(1) + 1);
        assertThat(as("auditor", Role.AUDITOR, () -> datasets.get(view.id()))).isEqualTo(view);
    }

    @Test
    void the_upload_is_recorded_in_the_models_history() {
        var model = modelWithVersion();

        var view = upload(model, "history.csv", binary(16), binaryMapping()).dataset();

        var log = as("auditor", Role.AUDITOR, () -> history.ofModel(model.id(), PageRequest.of(0, 10)));
        assertThat(log).filteredOn(r -> r.kind().equals("DATASET_UPLOADED")).singleElement()
                .extracting(ChangeRecord::summary, ChangeRecord::actor)
                .containsExactly("dev uploaded scored sample 'history.csv' (16 rows, SHA-256 " + view.shortHash()
                        + "…) for version 1.0.0", "dev");
    }

    @Test
    void every_analysis_runs_on_the_stored_sample_as_the_uploader_outside_any_transaction() {
        var model = modelWithVersion();

        var outcome = upload(model, "analysed.csv", binary(16), binaryMapping());

        assertThat(outcome.analysesRun()).containsSubsequence(TestAnalyses.RECORDING, TestAnalyses.FAILING);
        var call = recording.callsFor(outcome.dataset().id());
        assertThat(call).singleElement().satisfies(c -> {
            assertThat(c.dataset()).isEqualTo(outcome.dataset());
            assertThat(c.sample().rows()).isEqualTo(16);
            assertThat(c.sample().classes()).containsExactly("no", "yes");
            assertThat(c.user()).isEqualTo("dev");
            assertThat(c.inTransaction()).isFalse();
        });
    }

    @Test
    void an_identical_upload_returns_the_stored_dataset_and_stores_nothing() {
        var model = modelWithVersion();
        var first = upload(model, "same.csv", binary(16), binaryMapping());
        var before = stored();

        var again = upload(model, "same-again.csv", binary(16), binaryMapping());

        assertThat(again.alreadyStored()).isTrue();
        assertThat(again.dataset()).isEqualTo(first.dataset());
        assertThat(again.analyses()).isEqualTo(AnalysisRun.NONE);
        assertThat(stored()).isEqualTo(before);
        assertThat(recording.calledFor("same-again.csv")).isFalse();
    }

    @Test
    void the_same_file_with_another_mapping_or_for_another_version_is_a_new_dataset() {
        var model = modelWithVersions("1.0.0", "2.0.0");
        var first = upload(model, "same.csv", binary(16), binaryMapping()).dataset();

        var otherMapping = upload(model, "same.csv", binary(16), withThreshold(binaryMapping(), 0.3));
        var file = file("v2.csv", binary(16));
        var otherVersion = asDev(() -> datasets.upload(model.id(), "2.0.0", file, "v2.csv", binaryMapping(),
                Progress.NONE));

        assertThat(otherMapping.alreadyStored()).isFalse();
        assertThat(otherMapping.dataset().id()).isNotEqualTo(first.id());
        assertThat(otherMapping.dataset().sha256()).isEqualTo(first.sha256());
        assertThat(otherVersion.alreadyStored()).isFalse();
        assertThat(otherVersion.dataset().versionLabel()).isEqualTo("2.0.0");
        assertThat(as("auditor", Role.AUDITOR, () -> datasets.count(model.id()))).isEqualTo(3);
    }

    @Test
    void bad_input_stores_nothing_in_either_table_and_runs_no_analysis() {
        var model = modelWithVersion();
        var before = stored();
        var broken = binary(16).replace("0.13", "1.13");

        assertThatThrownBy(() -> upload(model, "broken.csv", broken, binaryMapping()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors().get("output"))
                        .contains("row 2 (line 3) '1.13'"));
        assertThat(stored()).isEqualTo(before);
        assertThat(recording.calledFor("broken.csv")).isFalse();
        assertThat(as("auditor", Role.AUDITOR, () -> datasets.count(model.id()))).isZero();
    }

    @Test
    void dropped_columns_are_never_stored() {
        var model = modelWithVersion();
        var m = binaryMapping();
        var mapping = new ColumnMapping(m.task(), m.output(), m.outcome(), m.split(), m.sensitive(),
                List.of("age", "region"), m.classes(), m.positiveClass(), m.threshold(), List.of("income"));

        var view = upload(model, "minimal.csv", binary(16), mapping).dataset();

        var schema = as("auditor", Role.AUDITOR, () -> datasets.schema(view.id()));
        assertThat(schema).extracting(DatasetColumn::name).containsExactly("age", "region", "sex", "score", "label",
                "split");
        assertThat(view.columns()).isEqualTo(6);
        var content = jdbc.queryForObject("select content from dataset_content where dataset_id = ?", byte[].class,
                view.id());
        try (var in = SampleArchive.open(storedContent.gzip(view.id(), view.keyId(), content))) {
            var text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(text).startsWith("age,region,sex,score,label,split\n")
                    .doesNotContain("income").doesNotContain("1037");
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void the_stored_sample_reads_back_as_the_analyses_saw_it() {
        var model = modelWithVersion();
        var view = upload(model, "readback.csv", binary(24), binaryMapping()).dataset();
        var seen = recording.callsFor(view.id()).getFirst().sample();

        var sample = as("auditor", Role.AUDITOR, () -> datasets.sample(view.id()));

        assertThat(sample.output()).containsExactly(seen.output());
        assertThat(sample.outcome()).containsExactly(seen.outcome());
        assertThat(sample.split()).containsExactly(seen.split());
        assertThat(sample.features()).hasSize(3);
        assertThat(sample.features().get(2).categorical()).containsExactly(seen.features().get(2).categorical());
    }

    @Test
    void an_analysis_that_throws_is_reported_and_the_dataset_stays_stored_and_can_be_rerun() {
        var model = modelWithVersion();
        failing.armFor("fails.csv");

        var outcome = upload(model, "fails.csv", binary(16), binaryMapping());

        assertThat(outcome.analyses().failed()).contains(new AnalysisRun.Failure(TestAnalyses.FAILING,
                "the analysis broke on fails.csv"));
        assertThat(outcome.analysesRun()).contains(TestAnalyses.RECORDING).doesNotContain(TestAnalyses.FAILING);
        var id = outcome.dataset().id();
        assertThat(as("auditor", Role.AUDITOR, () -> datasets.get(id))).isEqualTo(outcome.dataset());

        failing.armFor(null);
        var rerun = as("risk", Role.RISK_OFFICER, () -> datasets.rerun(id, Progress.NONE));

        assertThat(rerun.completed()).contains(TestAnalyses.RECORDING, TestAnalyses.FAILING);
        assertThat(rerun.failed()).noneMatch(f -> f.analysis().equals(TestAnalyses.FAILING));
        assertThat(recording.callsFor(id)).hasSize(2).extracting(TestAnalyses.Call::user).containsExactly("dev", "risk");
    }

    @Test
    void a_cancel_stops_before_the_next_analysis() {
        var model = modelWithVersion();
        var file = file("cancelled.csv", binary(16));
        var progress = new RecordingProgress() {
            @Override
            public boolean cancelled() {
                return steps.stream().anyMatch(s -> s.startsWith(TestAnalyses.RECORDING));
            }
        };

        var outcome = asDev(() -> datasets.upload(model.id(), "1.0.0", file, "cancelled.csv", binaryMapping(),
                progress));

        assertThat(outcome.analysesRun()).contains(TestAnalyses.RECORDING);
        assertThat(outcome.analyses().skipped()).contains(TestAnalyses.FAILING);
        assertThat(outcome.alreadyStored()).isFalse();
    }

    @Test
    void a_cancel_before_the_sample_is_stored_stores_nothing() {
        var model = modelWithVersion();
        var file = file("never.csv", binary(16));
        var before = stored();
        var cancelled = new RecordingProgress() {
            @Override
            public boolean cancelled() {
                return true;
            }
        };

        assertThatThrownBy(() -> asDev(() -> datasets.upload(model.id(), "1.0.0", file, "never.csv", binaryMapping(),
                cancelled))).isInstanceOf(UploadCancelledException.class);
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void progress_runs_from_zero_to_one_through_every_step() {
        var model = modelWithVersion();
        var file = file("progress.csv", binary(16));
        var progress = new RecordingProgress();

        asDev(() -> datasets.upload(model.id(), "1.0.0", file, "progress.csv", binaryMapping(), progress));

        assertThat(progress.fractions).first().isEqualTo(0.0);
        assertThat(progress.fractions).last().isEqualTo(1.0);
        assertThat(progress.fractions).isSorted();
        assertThat(progress.steps).contains("Reading and validating the sample", "Storing the sample",
                TestAnalyses.RECORDING + ": half way");
    }

    @Test
    void only_developers_upload_and_inspect() {
        var model = modelWithVersion();
        var file = file("roles.csv", binary(16));
        for (var role : List.of(Role.ADMIN, Role.BUSINESS_OWNER, Role.RISK_OFFICER, Role.AUDITOR, Role.END_USER)) {
            assertThatThrownBy(() -> as("someone", role, () -> datasets.upload(model.id(), "1.0.0", file, "roles.csv",
                    binaryMapping(), Progress.NONE))).as(role.name()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as("someone", role, () -> datasets.inspect(model.id(), "1.0.0", file,
                    "roles.csv"))).as(role.name()).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void end_users_read_no_datasets_and_only_developers_and_risk_officers_rerun() {
        var model = modelWithVersion();
        var id = upload(model, "readers.csv", binary(16), binaryMapping()).dataset().id();

        assertThatThrownBy(() -> as("enduser", Role.END_USER, () -> datasets.get(id)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("enduser", Role.END_USER, () -> datasets.list(model.id(), PageRequest.of(0, 5))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("enduser", Role.END_USER, () -> datasets.sample(id)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("auditor", Role.AUDITOR, () -> datasets.rerun(id, Progress.NONE)))
                .isInstanceOf(AccessDeniedException.class);
        for (var role : List.of(Role.ADMIN, Role.BUSINESS_OWNER, Role.RISK_OFFICER, Role.AUDITOR)) {
            assertThat(as("someone", role, () -> datasets.get(id)).id()).as(role.name()).isEqualTo(id);
        }
    }

    @Test
    void unknown_models_versions_and_datasets_are_not_found() {
        var model = modelWithVersion();
        var file = file("unknown.csv", binary(16));

        assertThatThrownBy(() -> asDev(() -> datasets.upload(model.id(), "9.9.9", file, "unknown.csv", binaryMapping(),
                Progress.NONE))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> asDev(() -> datasets.upload(-1, "1.0.0", file, "unknown.csv", binaryMapping(),
                Progress.NONE))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> asDev(() -> datasets.get(-1))).isInstanceOf(NotFoundException.class)
                .hasMessage("Dataset -1 is not in the register.");
        assertThatThrownBy(() -> asDev(() -> datasets.sample(-1))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> asDev(() -> datasets.list(-1, PageRequest.of(0, 5))))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_retired_version_takes_no_samples() {
        var fixtures = new ApprovalFixtures(runAs, register, workflow, seeding);
        var model = fixtures.lowRisk();
        fixtures.seeded(model, "1.0.0", ApprovalStatus.RETIRED);
        var file = file("retired.csv", binary(16));

        assertThatThrownBy(() -> asDev(() -> datasets.upload(model.id(), "1.0.0", file, "retired.csv",
                binaryMapping(), Progress.NONE))).isInstanceOf(ConflictException.class)
                .hasMessage("Version 1.0.0 is retired; upload samples for a version in use.");
    }

    @Test
    void datasets_are_listed_newest_first_a_page_at_a_time() {
        var model = modelWithVersion();
        var first = upload(model, "first.csv", binary(16), binaryMapping()).dataset();
        var second = upload(model, "second.csv", binary(20), binaryMapping()).dataset();
        var third = upload(model, "third.csv", binary(24), binaryMapping()).dataset();

        var page = as("auditor", Role.AUDITOR, () -> datasets.list(model.id(), PageRequest.of(0, 2)));
        var next = as("auditor", Role.AUDITOR, () -> datasets.list(model.id(), PageRequest.of(1, 2)));

        assertThat(page).extracting(DatasetView::id).containsExactly(third.id(), second.id());
        assertThat(next).extracting(DatasetView::id).containsExactly(first.id());
    }

    @Test
    void inspection_looks_at_the_file_and_stores_nothing() {
        var model = modelWithVersion();
        var file = file("inspect.csv", binary(16));
        var before = stored();

        var inspection = asDev(() -> datasets.inspect(model.id(), "1.0.0", file, "C:\\fakepath\\inspect.csv"));

        assertThat(inspection.fileName()).isEqualTo("inspect.csv");
        assertThat(inspection.rows()).isEqualTo(16);
        assertThat(inspection.suggestion().output()).isEqualTo("score");
        assertThat(stored()).isEqualTo(before);
    }

    /** Progress that remembers every step. */
    static class RecordingProgress implements Progress {

        final List<String> steps = new CopyOnWriteArrayList<>();
        final List<Double> fractions = new ArrayList<>();

        @Override
        public void step(String message, double fraction) {
            steps.add(message);
            fractions.add(fraction);
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    }
}
