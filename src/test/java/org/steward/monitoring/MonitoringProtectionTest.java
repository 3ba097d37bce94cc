package org.steward.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.steward.approval.ApprovalWorkflow;
import org.steward.base.ConflictException;
import org.steward.base.InvalidInputException;
import org.steward.dataset.DatasetKeysForTests;
import org.steward.dataset.DatasetProtection;
import org.steward.dataset.EncryptedStore;
import org.steward.dataset.KeyStatus;
import org.steward.dataset.RawDataCipher;
import org.steward.dataset.TamperedContentException;
import org.steward.identity.Role;
import org.steward.identity.RunAs;
import org.steward.protection.DataProtection;
import org.steward.protection.ProtectionChange;
import org.steward.register.ModelRegister;
import org.steward.register.RegisterFilter;
import org.steward.register.ModelView;

/**
 * Monitoring data under the data-protection rules, read from the database itself: sealed batch features and
 * baseline summaries, tampering, key rotation of batches and baselines (also those stored in plain text before),
 * the same drift after encryption, retention purge and legal hold, erasure with the ledger, and what is exposed.
 */
@SpringBootTest
class MonitoringProtectionTest {

    /** Values no test row has by chance: they must not be in any stored byte in plain text. */
    private static final String SECRET_TEXT = "zebra-canyon-4711";
    private static final double SECRET_NUMBER = 987654.321;

    @Autowired
    RunAs runAs;

    @Autowired
    ModelRegister register;

    @Autowired
    ApprovalWorkflow workflow;

    @Autowired
    MonitoringIngest ingest;

    @Autowired
    Monitoring monitoring;

    @Autowired
    MonitoringRawData rawData;

    @Autowired
    MonitoringRetention retention;

    @Autowired
    DataProtection facts;

    @Autowired
    DatasetProtection datasetProtection;

    @Autowired
    RawDataCipher cipher;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    private <T> T as(String user, Role role, Supplier<T> action) {
        return runAs.call(user, Set.of(role), action);
    }

    private ModelView withBaseline() {
        var model = new MonitoringFixtures(runAs, register, workflow).model();
        as("dev", Role.MODEL_DEVELOPER, () -> ingest.recordBaseline(model.id(), "1.0.0",
                MonitoringFixtures.json(rows(400, 0, null)), "test rows"));
        return model;
    }

    /** Rows like {@link MonitoringFixtures#rows}, with a customer note that holds the secret text in row 7. */
    private static String rows(int n, double offset, String idPrefix) {
        var list = new ArrayList<Map<String, Object>>();
        for (int i = 0; i < n; i++) {
            var features = new LinkedHashMap<String, Object>();
            features.put("income", i == 7 ? SECRET_NUMBER + offset : offset + i);
            features.put("region", i % 2 == 0 ? "a" : "b");
            features.put("note", i == 7 ? SECRET_TEXT : "n" + (i % 3));
            var row = new LinkedHashMap<String, Object>();
            row.put("features", features);
            row.put("output", (double) i / n);
            if (idPrefix != null) {
                row.put("requestId", idPrefix + i);
                row.put("latencyMs", 10 + i % 7);
            }
            list.add(row);
        }
        return Json.write(Map.of("rows", list));
    }

    private long batch(ModelView model, String key, double offset) {
        return as("dev", Role.MODEL_DEVELOPER, () -> ingest.acceptBatch(model.id(), "1.0.0", key,
                MonitoringFixtures.json(rows(400, offset, key + "-")))).receipt().batchId();
    }

    private EvaluationSummary evaluate(ModelView model) {
        return as("dev", Role.MODEL_DEVELOPER, () -> monitoring.evaluateNow(model.id(), "1.0.0")).orElseThrow();
    }

    private EvaluationView read(long evaluationId) {
        return as("auditor", Role.AUDITOR, () -> monitoring.evaluation(evaluationId));
    }

    private long baselineId(ModelView model) {
        return as("auditor", Role.AUDITOR, () -> monitoring.baseline(model.id(), "1.0.0")).orElseThrow().id();
    }

    private byte[] content(String table, String idColumn, long id) {
        return jdbc.queryForObject("select content from " + table + " where " + idColumn + " = ?", byte[].class, id);
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    private long ledger(String action, ModelView model) {
        return count("select count(*) from ledger_entry where action = ? and subject = ?", action,
                "model:" + model.id());
    }

    private BatchView batchView(ModelView model, long batchId) {
        return as("auditor", Role.AUDITOR, () -> rawData.batches(model.id(), PageRequest.of(0, 100))).stream()
                .filter(b -> b.id() == batchId).findFirst().orElseThrow();
    }

    private void retain(ModelView model, int days) {
        as("owner", Role.BUSINESS_OWNER, () -> facts.update(model.id(), facts.facts(model.id()).version(),
                new ProtectionChange(null, null, null, List.of(), days)));
    }

    private void age(String table, String column, long id, int days) {
        jdbc.update("update " + table + " set " + column + " = ? where id = ?",
                OffsetDateTime.now(ZoneOffset.UTC).minusDays(days), id);
    }

    /** Turns a batch back into what V14 stored: the features as plain JSON in each row, no blob, no key id. */
    private void storeAsBeforeEncryption(long batchId, String keyId) {
        var blob = cipher.open("monitoring-batch:" + batchId, keyId, content("monitoring_batch_content", "batch_id",
                batchId));
        var features = BatchFeatures.decode(blob);
        var ids = jdbc.queryForList("select id from monitoring_observation where batch_id = ? order by row_index",
                Long.class, batchId);
        for (int i = 0; i < ids.size(); i++) {
            jdbc.update("update monitoring_observation set features = ?, row_index = null where id = ?",
                    BatchFeatures.json(features.get(i)), ids.get(i));
        }
        jdbc.update("delete from monitoring_batch_content where batch_id = ?", batchId);
        jdbc.update("update monitoring_batch set key_id = null where id = ?", batchId);
    }

    /** Turns a baseline back into what V14 stored: its summary as plain JSON on the row. */
    private void storeBaselineAsBeforeEncryption(long baselineId, String keyId) {
        var gzip = cipher.open("monitoring-baseline:" + baselineId, keyId, content("monitoring_baseline_content",
                "baseline_id", baselineId));
        jdbc.update("update monitoring_baseline set summary = ?, key_id = null where id = ?",
                new String(Gzip.decompress(gzip), StandardCharsets.UTF_8), baselineId);
        jdbc.update("delete from monitoring_baseline_content where baseline_id = ?", baselineId);
    }

    @Test
    void batch_features_and_baseline_summaries_are_stored_sealed_with_no_value_in_plain_text() {
        var model = withBaseline();
        var batchId = batch(model, "sealed-1", 0);
        var baselineId = baselineId(model);

        var blob = content("monitoring_batch_content", "batch_id", batchId);
        var summary = content("monitoring_baseline_content", "baseline_id", baselineId);
        for (var stored : List.of(blob, summary)) {
            // AES-GCM with its format byte first, not gzip (1f 8b) and not JSON
            assertThat(stored[0]).isEqualTo((byte) 1);
            assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain(SECRET_TEXT)
                    .doesNotContain("987654").doesNotContain("income").doesNotContain("zebra");
        }
        assertThat(count("select count(*) from monitoring_observation where batch_id = ? and features is not null",
                batchId)).isZero();
        var rowText = jdbc.queryForList("select concat(coalesce(request_id, ''), ';', coalesce(cast(output as "
                + "varchar), '')) from monitoring_observation where batch_id = ?", String.class, batchId);
        assertThat(String.join("\n", rowText)).doesNotContain(SECRET_TEXT).doesNotContain("987654");
        assertThat(jdbc.queryForObject("select summary from monitoring_baseline where id = ?", String.class,
                baselineId)).isNull();
        assertThat(jdbc.queryForObject("select key_id from monitoring_batch where id = ?", String.class, batchId))
                .isEqualTo("test-2026");
        assertThat(batchView(model, batchId).keyId()).isEqualTo("test-2026");
        assertThat(as("auditor", Role.AUDITOR, () -> monitoring.baseline(model.id(), "1.0.0")).orElseThrow().keyId())
                .isEqualTo("test-2026");
        // and the evaluator reads them back
        var evaluation = read(evaluate(model).id());
        assertThat(evaluation.result().quality().rows()).isEqualTo(400);
        assertThat(evaluation.result().features()).extracting(EvaluationResult.FeatureDrift::name)
                .containsExactly("income", "region", "note");
    }

    @Test
    void a_modified_blob_or_one_copied_from_another_batch_fails_its_integrity_check() {
        var model = withBaseline();
        var first = batch(model, "tamper-1", 0);
        var second = batch(model, "tamper-2", 0);
        var original = content("monitoring_batch_content", "batch_id", second);

        jdbc.update("update monitoring_batch_content set content = ? where batch_id = ?",
                content("monitoring_batch_content", "batch_id", first), second);
        assertThatThrownBy(() -> evaluate(model)).isInstanceOf(TamperedContentException.class)
                .hasMessageContaining("monitoring-batch:" + second + " failed its integrity check with key "
                        + "'test-2026'");

        var flipped = original.clone();
        flipped[flipped.length / 2] ^= 0x20;
        jdbc.update("update monitoring_batch_content set content = ? where batch_id = ?", flipped, second);
        assertThatThrownBy(() -> evaluate(model)).isInstanceOf(TamperedContentException.class);
        assertThat(count("select count(*) from monitoring_evaluation where model_id = ?", model.id())).isZero();

        jdbc.update("update monitoring_batch_content set content = ? where batch_id = ?", original, second);
        assertThat(evaluate(model).windowRows()).isEqualTo(800);
    }

    @Test
    void rotation_seals_batches_and_baselines_of_an_old_key_and_those_stored_in_plain_text_with_the_active_key() {
        var model = withBaseline();
        var old = batch(model, "rotate-old", 0);
        var plain = batch(model, "rotate-plain", 0);
        var baselineId = baselineId(model);
        var before = read(evaluate(model).id()).result();
        // one batch under the previous key, one batch and the baseline as stored before encryption at rest
        var oldBlob = cipher.open("monitoring-batch:" + old, "test-2026", content("monitoring_batch_content",
                "batch_id", old));
        jdbc.update("update monitoring_batch_content set content = ? where batch_id = ?",
                DatasetKeysForTests.sealWith(context, "test-2025", "monitoring-batch:" + old, oldBlob), old);
        jdbc.update("update monitoring_batch set key_id = 'test-2025' where id = ?", old);
        storeAsBeforeEncryption(plain, "test-2026");
        storeBaselineAsBeforeEncryption(baselineId, "test-2026");
        assertThat(String.join("", jdbc.queryForList("select features from monitoring_observation where batch_id = ?",
                String.class, plain))).contains(SECRET_TEXT);
        // the stored plain data is read as before, with the same figures
        assertThat(read(evaluate(model).id()).result()).isEqualTo(before);
        var pending = as("auditor", Role.AUDITOR, () -> datasetProtection.keyStatus());
        assertThat(store(pending, "monitoring batches").byKey()).containsKeys("test-2025", EncryptedStore.PLAIN);
        assertThat(store(pending, "monitoring batches").pending()).isGreaterThanOrEqualTo(2);
        assertThat(store(pending, "monitoring baselines").byKey()).containsKey(EncryptedStore.PLAIN);
        assertThat(pending.pending()).isGreaterThanOrEqualTo(3);

        assertThat(DatasetKeysForTests.rotateNow(context)).isGreaterThanOrEqualTo(3);

        for (var id : List.of(old, plain)) {
            assertThat(batchView(model, id).keyId()).isEqualTo("test-2026");
            assertThat(content("monitoring_batch_content", "batch_id", id)[0]).isEqualTo((byte) 1);
        }
        assertThat(count("select count(*) from monitoring_observation where batch_id = ? and features is not null",
                plain)).isZero();
        assertThat(new String(content("monitoring_batch_content", "batch_id", plain), StandardCharsets.ISO_8859_1))
                .doesNotContain(SECRET_TEXT);
        assertThat(jdbc.queryForObject("select summary from monitoring_baseline where id = ?", String.class,
                baselineId)).isNull();
        assertThat(as("auditor", Role.AUDITOR, () -> monitoring.baseline(model.id(), "1.0.0")).orElseThrow().keyId())
                .isEqualTo("test-2026");
        // the evaluator computes the same drift from the sealed data as from the plain one
        assertThat(read(evaluate(model).id()).result()).isEqualTo(before);
        var after = as("admin", Role.ADMIN, () -> datasetProtection.keyStatus());
        assertThat(after.pending()).isZero();
        assertThat(store(after, "monitoring batches").pending()).isZero();
        assertThat(store(after, "monitoring baselines").byKey()).containsOnlyKeys("test-2026");
        assertThat(after.rotation().running()).isFalse();
        assertThat(after.rotation().fraction()).isEqualTo(1.0);
        assertThat(count("select count(*) from ledger_entry where action = 'DATASETS_REENCRYPTED' and payload like "
                + "'%monitoring batches%'")).isPositive();
    }

    private static KeyStatus.Store store(KeyStatus status, String label) {
        return status.stores().stream().filter(s -> s.label().equals(label)).findFirst().orElseThrow();
    }

    @Test
    void the_evaluation_of_sealed_batches_is_that_of_the_rows_as_sent() {
        var model = withBaseline();
        batch(model, "same-1", 120);
        var stored = read(evaluate(model).id()).result();

        var reference = BaselineBuilder.summarise(Rows.observations(MonitoringFixtures.json(rows(400, 0, null)),
                5000, true), 10_000);
        var sent = Rows.observations(MonitoringFixtures.json(rows(400, 120, "same-1-")), 5000, false);
        var window = stored.operational();
        var direct = Evaluator.evaluate(reference, new Window(sent, 1, Instant.EPOCH,
                Instant.EPOCH), MonitoringPolicySpec.DEFAULTS, 0, null, "");

        assertThat(stored.features()).isEqualTo(direct.features());
        assertThat(stored.prediction()).isEqualTo(direct.prediction());
        assertThat(stored.quality()).isEqualTo(direct.quality());
        assertThat(stored.status()).isEqualTo(direct.status());
        assertThat(window.latencyP95()).isEqualTo(direct.operational().latencyP95());
        assertThat(stored.features()).anySatisfy(f -> assertThat(f.drifted()).isTrue());
    }

    @Test
    void retention_purges_expired_batch_features_and_baseline_exact_values_and_keeps_the_evaluations() {
        var model = withBaseline();
        retain(model, 30);
        var expired = batch(model, "old-1", 0);
        var evaluation = evaluate(model);
        var result = read(evaluation.id()).result();
        var fresh = batch(model, "new-1", 0);
        age("monitoring_batch", "received_at", expired, 31);
        var baselineId = baselineId(model);
        age("monitoring_baseline", "created_at", baselineId, 31);
        assertThat(as("auditor", Role.AUDITOR, () -> monitoring.baseline(model.id(), "1.0.0")).orElseThrow()
                .features()).anySatisfy(f -> assertThat(f.exact()).isTrue());

        assertThat(retention.purgeExpired()).isGreaterThanOrEqualTo(1);

        var purged = batchView(model, expired);
        assertThat(purged.purge()).isNotNull();
        assertThat(purged.purge().reason()).isEqualTo("retention period of 30 days ended");
        assertThat(purged.purge().by()).isEqualTo("system");
        assertThat(purged.keyId()).isNull();
        assertThat(purged.bodySha256()).hasSize(64);
        assertThat(purged.rows()).isEqualTo(400);
        assertThat(count("select count(*) from monitoring_batch_content where batch_id = ?", expired)).isZero();
        assertThat(count("select count(*) from monitoring_observation where batch_id = ? and request_id is not null",
                expired)).isZero();
        // outputs, latencies and the evaluation stay
        assertThat(count("select count(*) from monitoring_observation where batch_id = ? and output is not null",
                expired)).isEqualTo(400);
        var kept = read(evaluation.id());
        assertThat(kept.result()).isEqualTo(result);
        assertThat(kept.rawDataPurgedAt()).isEqualTo(purged.purge().at());
        assertThat(batchView(model, fresh).purged()).isFalse();
        var baseline = as("auditor", Role.AUDITOR, () -> monitoring.baseline(model.id(), "1.0.0")).orElseThrow();
        assertThat(baseline.exactPurge()).isNotNull();
        assertThat(baseline.features()).noneSatisfy(f -> assertThat(f.exact()).isTrue());
        assertThat(baseline.rows()).isEqualTo(400);
        assertThat(ledger("MONITORING_RAW_DATA_PURGED", model)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select payload from ledger_entry where action = 'MONITORING_RAW_DATA_PURGED' "
                + "and subject = ?", String.class, "model:" + model.id())).contains("retention period of 30 days");

        // the fresh batch is still judged, now on the baseline's sketch; the purged one is left out
        var next = read(evaluate(model).id());
        assertThat(next.evaluation().windowRows()).isEqualTo(400);
        assertThat(next.evaluation().firstBatchId()).isEqualTo(fresh);
        assertThat(next.result().features()).filteredOn(f -> f.name().equals("income")).singleElement()
                .satisfies(f -> assertThat(f.exact()).isFalse());
        assertThat(retention.purgeExpired()).isZero();
        assertThat(ledger("MONITORING_RAW_DATA_PURGED", model)).isEqualTo(1);
    }

    @Test
    void a_legal_hold_suspends_the_purge_and_erasure_until_lifted() {
        var model = withBaseline();
        retain(model, 10);
        var batchId = batch(model, "held-1", 0);
        age("monitoring_batch", "received_at", batchId, 11);
        as("risk", Role.RISK_OFFICER, () -> facts.legalHold(model.id(), facts.facts(model.id()).version(), true,
                "Litigation 2026-17 about churn offers"));

        retention.purgeExpired();
        assertThat(batchView(model, batchId).purged()).isFalse();
        assertThatThrownBy(() -> as("risk", Role.RISK_OFFICER, () -> rawData.eraseBatch(batchId, "Art. 17 request")))
                .isInstanceOf(ConflictException.class).hasMessageContaining("on legal hold (Litigation 2026-17");
        assertThatThrownBy(() -> as("admin", Role.ADMIN, () -> rawData.erase(model.id(), "Art. 17 request")))
                .isInstanceOf(ConflictException.class);

        as("owner", Role.BUSINESS_OWNER, () -> facts.legalHold(model.id(), facts.facts(model.id()).version(), false,
                "Case closed"));
        retention.purgeExpired();
        assertThat(batchView(model, batchId).purged()).isTrue();
    }

    @Test
    void privileged_users_erase_one_batch_or_all_monitoring_raw_data_on_request_with_a_rationale() {
        var model = withBaseline();
        var first = batch(model, "erase-1", 0);
        var second = batch(model, "erase-2", 0);
        var evaluation = evaluate(model);

        assertThatThrownBy(() -> as("dev", Role.MODEL_DEVELOPER, () -> rawData.eraseBatch(first, "mine")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("auditor", Role.AUDITOR, () -> rawData.erase(model.id(), "audit")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("risk", Role.RISK_OFFICER, () -> rawData.eraseBatch(first, "  ")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("rationale"));
        assertThat(batchView(model, first).purged()).isFalse();

        var erased = as("risk", Role.RISK_OFFICER, () -> rawData.eraseBatch(first, "Erasure request #88"));

        assertThat(erased.purge().reason()).isEqualTo("Erasure request #88");
        assertThat(erased.purge().by()).isEqualTo("risk");
        assertThat(batchView(model, second).purged()).isFalse();
        assertThat(ledger("MONITORING_RAW_DATA_ERASED", model)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select actor from ledger_entry where action = 'MONITORING_RAW_DATA_ERASED' "
                + "and subject = ?", String.class, "model:" + model.id())).isEqualTo("risk");
        assertThatThrownBy(() -> as("risk", Role.RISK_OFFICER, () -> rawData.eraseBatch(first, "again")))
                .isInstanceOf(ConflictException.class).hasMessageContaining("already purged");
        // a what-if cannot judge the window again, and says why
        var replay = as("auditor", Role.AUDITOR, () -> monitoring.whatIf(model.id(), MonitoringPolicySpec.DEFAULTS))
                .getFirst();
        assertThat(replay.replayed()).isFalse();
        assertThat(replay.proposed()).isEqualTo(replay.recorded());
        assertThat(replay.reasons().getFirst()).startsWith("Raw data purged on ");

        var all = as("admin", Role.ADMIN, () -> rawData.erase(model.id(), "Erasure of the churn campaign's data"));

        assertThat(all.batches()).isEqualTo(1);
        assertThat(all.baselines()).isEqualTo(1);
        assertThat(batchView(model, second).purged()).isTrue();
        assertThat(count("select count(*) from monitoring_batch_content c join monitoring_batch b on b.id = "
                + "c.batch_id where b.model_id = ?", model.id())).isZero();
        assertThat(ledger("MONITORING_RAW_DATA_ERASED", model)).isEqualTo(2);
        assertThat(read(evaluation.id()).rawDataPurgedAt()).isNotNull();
        assertThat(as("dev", Role.MODEL_DEVELOPER, () -> monitoring.evaluateNow(model.id(), "1.0.0"))).isEmpty();
        assertThatThrownBy(() -> as("admin", Role.ADMIN, () -> rawData.erase(model.id(), "twice")))
                .isInstanceOf(ConflictException.class).hasMessageContaining("nothing to erase");
    }

    @Test
    void the_demo_streams_are_stored_sealed_and_judged_as_before() {
        var models = as("risk", Role.RISK_OFFICER, () -> register.list(RegisterFilter.NONE, PageRequest.of(0, 100)));
        long churn = models.stream().filter(m -> m.name().equals("Telecom churn propensity")).findFirst()
                .orElseThrow().id();
        long fraud = models.stream().filter(m -> m.name().equals("Card fraud detection")).findFirst()
                .orElseThrow().id();
        for (var id : List.of(churn, fraud)) {
            assertThat(count("select count(*) from monitoring_batch b join monitoring_batch_content c on c.batch_id "
                    + "= b.id where b.model_id = ? and b.key_id = 'test-2026'", id)).isEqualTo(14);
            assertThat(count("select count(*) from monitoring_observation where model_id = ? and features is not "
                    + "null", id)).isZero();
        }

        assertThat(as("auditor", Role.AUDITOR, () -> monitoring.latest(churn)).orElseThrow().evaluation().status())
                .isEqualTo(MonitoringStatus.RED);
        var timeline = as("auditor", Role.AUDITOR, () -> monitoring.timeline(fraud, PageRequest.of(0, 20)));
        assertThat(timeline.getFirst().status()).isEqualTo(MonitoringStatus.GREEN);
        var incident = timeline.stream().filter(e -> e.status() == MonitoringStatus.RED).findFirst().orElseThrow();
        assertThat(incident.reasons()).contains("unseen categories").contains("failed requests");
        var result = read(incident.id()).result();
        assertThat(result.quality().features()).filteredOn(q -> q.name().equals("amount")).singleElement()
                .satisfies(q -> assertThat(q.missing()).isPositive());
        var country = result.features().stream().filter(f -> f.name().equals("country")).findFirst().orElseThrow();
        assertThat(country.histogram().bins()).contains("DE", "XX");
    }
}
