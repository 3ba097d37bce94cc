package org.steward.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.steward.dataset.SampleCsv.binary;
import static org.steward.dataset.SampleCsv.binaryMapping;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.steward.base.ConflictException;
import org.steward.base.InvalidInputException;
import org.steward.base.PermissionDeniedException;
import org.steward.identity.Role;
import org.steward.protection.DataProtection;
import org.steward.protection.ProtectionChange;
import org.steward.register.ModelView;

/**
 * Protection of stored samples, read from the database itself: encryption at rest and tampering, key rotation
 * (also of samples stored before encryption), minimisation, retention purge and legal hold, erasure, and recorded
 * downloads by granted users only.
 */
class DataProtectionTest extends DatasetTestSupport {

    @Autowired
    StoredContent storedContent;

    @Autowired
    KeyRotation rotation;

    @Autowired
    RetentionPurge retention;

    @Autowired
    DatasetProtection protection;

    @Autowired
    DataProtection facts;

    private DatasetView upload(ModelView model, String name, String csv, ColumnMapping mapping) {
        var file = file(name, csv);
        return asDev(() -> datasets.upload(model.id(), "1.0.0", file, name, mapping, Progress.NONE)).dataset();
    }

    private DatasetView upload(ModelView model, String name, int rows) {
        return upload(model, name, binary(rows), binaryMapping());
    }

    private byte[] storedBytes(long id) {
        return jdbc.queryForObject("select content from dataset_content where dataset_id = ?", byte[].class, id);
    }

    private String storedCsv(DatasetView view) {
        var keyId = jdbc.queryForObject("select key_id from dataset where id = ?", String.class, view.id());
        try (var in = SampleArchive.open(storedContent.gzip(view.id(), keyId, storedBytes(view.id())))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private long ledger(String action, String subject) {
        return jdbc.queryForObject("select count(*) from ledger_entry where action = ? and subject = ?", Long.class,
                action, subject);
    }

    private long results(long datasetId) {
        return jdbc.queryForObject("select count(*) from validation_result where dataset_id = ?", Long.class, datasetId)
                + jdbc.queryForObject("select count(*) from fairness_audit where dataset_id = ?", Long.class,
                datasetId);
    }

    private void ageUpload(long datasetId, int days) {
        jdbc.update("update dataset set uploaded_at = ? where id = ?",
                java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).minusDays(days), datasetId);
    }

    private void retain(ModelView model, int days) {
        as("owner", Role.BUSINESS_OWNER, () -> facts.update(model.id(), facts.facts(model.id()).version(),
                new ProtectionChange(null, null, null, List.of(), days)));
    }

    /** Per monitoring baseline built from the sample: "kept", or how its exact values were purged. */
    private List<String> exactPurged(long datasetId) {
        return jdbc.queryForList("select case when exact_purged_at is null then 'kept' when exact_purge_reason like "
                + "'%retention period%' then 'retention' else 'erasure' end from monitoring_baseline where "
                + "dataset_id = ?", String.class, datasetId);
    }

    @Test
    void a_stored_sample_is_encrypted_with_the_active_key_and_its_hash_stays_that_of_the_plaintext() {
        var model = modelWithVersion();
        var csv = binary(32);

        var view = upload(model, "encrypted.csv", csv, binaryMapping());

        assertThat(view.keyId()).isEqualTo("test-2026");
        var bytes = storedBytes(view.id());
        // not gzip (1f 8b) and no readable CSV: AES-GCM with the format byte first
        assertThat(bytes[0]).isEqualTo((byte) 1);
        assertThat(new String(bytes, StandardCharsets.ISO_8859_1)).doesNotContain("north").doesNotContain("yes");
        assertThat(view.sha256()).isEqualTo(org.steward.base.Sha256.hex(csv));
        var sample = asDev(() -> datasets.sample(view.id()));
        assertThat(sample.rows()).isEqualTo(32);
    }

    @Test
    void a_modified_stored_sample_fails_to_read_with_a_clear_error() {
        var model = modelWithVersion();
        var view = upload(model, "tampered.csv", 24);
        var bytes = storedBytes(view.id());
        bytes[bytes.length / 2] ^= 0x10;
        jdbc.update("update dataset_content set content = ? where dataset_id = ?", bytes, view.id());

        assertThatThrownBy(() -> asDev(() -> datasets.sample(view.id())))
                .isInstanceOf(TamperedContentException.class)
                .hasMessageContaining("dataset " + view.id() + " failed its integrity check with key 'test-2026'");
    }

    @Test
    void dropped_columns_never_reach_storage() {
        var model = modelWithVersion();
        var m = binaryMapping();
        var mapping = new ColumnMapping(m.task(), m.output(), m.outcome(), m.split(), m.sensitive(),
                List.of("age"), m.classes(), m.positiveClass(), m.threshold(), List.of("income", "region"));

        var view = upload(model, "minimised.csv", binary(20), mapping);

        var stored = storedCsv(view);
        assertThat(stored.lines().findFirst()).contains("age,sex,score,label,split");
        assertThat(stored).doesNotContain("income").doesNotContain("region").doesNotContain("north")
                .doesNotContain("1037");
        assertThat(new String(storedBytes(view.id()), StandardCharsets.ISO_8859_1)).doesNotContain("income");
    }

    @Test
    void rotation_moves_samples_of_an_old_key_and_unencrypted_ones_to_the_active_key() {
        var model = modelWithVersion();
        var old = upload(model, "old-key.csv", 28);
        var legacy = upload(model, "legacy.csv", 36);
        var gzipOld = storedContent.gzip(old.id(), old.keyId(), storedBytes(old.id()));
        var gzipLegacy = storedContent.gzip(legacy.id(), legacy.keyId(), storedBytes(legacy.id()));
        // as a rotation leaves them: one under the previous key, one as stored before encryption at rest
        jdbc.update("update dataset_content set content = ? where dataset_id = ?",
                ContentCipher.seal(storedContent.keys().key("test-2025"), "test-2025", old.id(), gzipOld), old.id());
        jdbc.update("update dataset set key_id = 'test-2025' where id = ?", old.id());
        jdbc.update("update dataset_content set content = ? where dataset_id = ?", gzipLegacy, legacy.id());
        jdbc.update("update dataset set key_id = null where id = ?", legacy.id());
        var before = as("admin", Role.ADMIN, () -> protection.keyStatus());
        assertThat(before.pending()).isGreaterThanOrEqualTo(2);
        assertThat(before.byKey()).containsKeys("test-2025", "none");

        assertThat(rotation.runNow()).isGreaterThanOrEqualTo(2);

        for (var view : List.of(old, legacy)) {
            var now = as("auditor", Role.AUDITOR, () -> datasets.get(view.id()));
            assertThat(now.keyId()).isEqualTo("test-2026");
            assertThat(storedBytes(view.id())[0]).isEqualTo((byte) 1);
            assertThat(asDev(() -> datasets.sample(view.id())).rows()).isEqualTo(view.rows());
        }
        var after = as("auditor", Role.AUDITOR, () -> protection.keyStatus());
        assertThat(after.pending()).isZero();
        assertThat(after.rotation().running()).isFalse();
        assertThat(after.rotation().done()).isGreaterThanOrEqualTo(2);
        assertThat(after.rotation().fraction()).isEqualTo(1.0);
        assertThat(jdbc.queryForObject("select count(*) from ledger_entry where action = 'DATASETS_REENCRYPTED'",
                Long.class)).isPositive();
    }

    @Test
    void retention_purges_expired_raw_data_and_keeps_the_hash_and_derived_results() {
        var model = modelWithVersion();
        retain(model, 30);
        var expired = upload(model, "expired.csv", 40);
        var fresh = upload(model, "fresh.csv", 44);
        ageUpload(expired.id(), 31);
        var derived = results(expired.id());
        assertThat(derived).isPositive();

        assertThat(retention.purgeExpired()).isGreaterThanOrEqualTo(1);

        var purged = as("auditor", Role.AUDITOR, () -> datasets.get(expired.id()));
        assertThat(purged.purge()).isNotNull();
        assertThat(purged.purge().reason()).isEqualTo("retention period of 30 days ended");
        assertThat(purged.purge().by()).isEqualTo("system");
        assertThat(purged.sha256()).isEqualTo(expired.sha256());
        assertThat(purged.keyId()).isNull();
        assertThat(jdbc.queryForObject("select count(*) from dataset_content where dataset_id = ?", Long.class,
                expired.id())).isZero();
        assertThat(results(expired.id())).isEqualTo(derived);
        assertThat(ledger("DATASET_PURGED", "model:" + model.id())).isEqualTo(1);
        // the monitoring baseline built from it loses its exact values (its sorted rows) with it
        assertThat(exactPurged(expired.id())).containsExactly("retention");
        assertThat(exactPurged(fresh.id())).containsExactly("kept");
        assertThat(as("auditor", Role.AUDITOR, () -> datasets.get(fresh.id())).purged()).isFalse();
        assertThatThrownBy(() -> asDev(() -> datasets.sample(expired.id())))
                .isInstanceOf(ConflictException.class).hasMessageContaining("was purged on");
        assertThat(retention.purgeExpired()).isZero();
    }

    @Test
    void a_legal_hold_suspends_purging_and_erasure_until_lifted() {
        var model = modelWithVersion();
        retain(model, 10);
        var view = upload(model, "held.csv", 30);
        ageUpload(view.id(), 11);
        as("risk", Role.RISK_OFFICER, () -> facts.legalHold(model.id(), facts.facts(model.id()).version(), true,
                "Litigation 2026-17 about credit refusals"));

        retention.purgeExpired();
        assertThat(as("auditor", Role.AUDITOR, () -> datasets.get(view.id())).purged()).isFalse();
        assertThatThrownBy(() -> as("risk", Role.RISK_OFFICER, () -> protection.erase(view.id(), "Art. 17 request")))
                .isInstanceOf(ConflictException.class).hasMessageContaining("on legal hold (Litigation 2026-17");
        assertThat(ledger("LEGAL_HOLD_PLACED", "model:" + model.id())).isEqualTo(1);

        as("owner", Role.BUSINESS_OWNER, () -> facts.legalHold(model.id(), facts.facts(model.id()).version(), false,
                "Case closed"));
        retention.purgeExpired();
        assertThat(as("auditor", Role.AUDITOR, () -> datasets.get(view.id())).purged()).isTrue();
    }

    @Test
    void a_risk_officer_erases_one_sample_on_request_with_a_rationale() {
        var model = modelWithVersion();
        var view = upload(model, "erase-me.csv", 26);
        var other = upload(model, "keep-me.csv", 27);
        var before = stored();

        assertThatThrownBy(() -> asDev(() -> protection.erase(view.id(), "mine"))).isInstanceOf(
                AccessDeniedException.class);
        assertThatThrownBy(() -> as("risk", Role.RISK_OFFICER, () -> protection.erase(view.id(), "  ")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("rationale"));
        assertThat(stored()).isEqualTo(before);

        var erased = as("risk", Role.RISK_OFFICER, () -> protection.erase(view.id(), "Erasure request #88"));

        assertThat(erased.purge().reason()).isEqualTo("Erasure request #88");
        assertThat(erased.purge().by()).isEqualTo("risk");
        assertThat(stored()).containsExactly(before.get(0), before.get(1) - 1);
        assertThat(ledger("DATASET_ERASED", "model:" + model.id())).isEqualTo(1);
        assertThat(exactPurged(view.id())).containsExactly("erasure");
        assertThat(ledger("MONITORING_RAW_DATA_ERASED", "model:" + model.id())).isEqualTo(1);
        assertThat(exactPurged(other.id())).containsExactly("kept");
        assertThat(as("auditor", Role.AUDITOR, () -> datasets.get(other.id())).purged()).isFalse();
        assertThatThrownBy(() -> as("risk", Role.RISK_OFFICER, () -> protection.erase(view.id(), "again")))
                .isInstanceOf(ConflictException.class).hasMessageContaining("already purged");
    }

    @Test
    void downloading_raw_data_needs_the_grant_and_a_reason_and_is_in_the_ledger() {
        var model = modelWithVersion();
        var m = binaryMapping();
        var mapping = new ColumnMapping(m.task(), m.output(), m.outcome(), m.split(), m.sensitive(),
                List.of("age", "region"), m.classes(), m.positiveClass(), m.threshold(), List.of("income"));
        var view = upload(model, "download.csv", binary(18), mapping);
        var subject = "model:" + model.id();

        assertThat(as("auditor", Role.AUDITOR, () -> protection.canDownload())).isFalse();
        assertThatThrownBy(() -> as("auditor", Role.AUDITOR, () -> protection.download(view.id(), "audit")))
                .isInstanceOf(PermissionDeniedException.class).hasMessage(DatasetProtection.NO_GRANT);
        assertThatThrownBy(() -> as("auditor", Role.AUDITOR, () -> protection.grant("auditor", "self")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("admin", Role.ADMIN, () -> protection.grant("nobody-" + model.id(), "x")))
                .isInstanceOf(InvalidInputException.class);

        as("admin", Role.ADMIN, () -> protection.grant("auditor", "Annual audit of the credit models"));
        try {
            assertThat(as("auditor", Role.AUDITOR, () -> protection.canDownload())).isTrue();
            assertThatThrownBy(() -> as("auditor", Role.AUDITOR, () -> protection.download(view.id(), " ")))
                    .isInstanceOf(InvalidInputException.class);
            assertThat(ledger("DATASET_DOWNLOADED", subject)).isZero();

            var raw = as("auditor", Role.AUDITOR, () -> protection.download(view.id(), "Check of the test split"));

            var csv = new String(raw.csv(), StandardCharsets.UTF_8);
            assertThat(raw.fileName()).isEqualTo("download.csv");
            assertThat(csv).startsWith("age,region,sex,score,label,split\n").doesNotContain("income");
            assertThat(csv.lines().count()).isEqualTo(19);
            assertThat(jdbc.queryForObject("select actor from ledger_entry where action = 'DATASET_DOWNLOADED' "
                    + "and subject = ?", String.class, subject)).isEqualTo("auditor");
            assertThat(ledger("RAW_DATA_ACCESS_GRANTED", "user:auditor")).isPositive();
        } finally {
            as("admin", Role.ADMIN, () -> {
                protection.revoke("auditor", "Audit done");
                return null;
            });
        }
        assertThat(as("auditor", Role.AUDITOR, () -> protection.canDownload())).isFalse();
        assertThat(ledger("RAW_DATA_ACCESS_REVOKED", "user:auditor")).isPositive();
    }
}
