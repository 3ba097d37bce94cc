package org.steward.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.support.TransactionTemplate;
import org.steward.identity.Role;

/** The two dataset tables on the configured database (H2, and PostgreSQL under the postgres profile). */
class DatasetRepositoryTest extends DatasetTestSupport {

    private static final String SHA = "0123456789abcdef".repeat(4);

    @Autowired
    StoredDatasets stored;

    @Autowired
    DatasetContents contents;

    @Autowired
    TransactionTemplate transactions;

    private long versionId() {
        var model = modelWithVersion();
        return as("auditor", Role.AUDITOR, () -> register.version(model.id(), "1.0.0")).id();
    }

    private static Dataset dataset(long modelId, long versionId, String mappingSha) {
        return new Dataset(modelId, versionId, "1.0.0", "repo.csv", SHA, 1000, 10, 5, 3,
                "[{\"name\":\"a\",\"kind\":\"NUMERIC\",\"role\":\"feature\"}]", DatasetJson.of(SampleCsv.binaryMapping()),
                mappingSha, TaskType.BINARY,
                "dev", Instant.now().truncatedTo(ChronoUnit.MICROS));
    }

    @Test
    void content_round_trips_byte_for_byte() {
        var versionId = versionId();
        var modelId = jdbc.queryForObject("select model_id from model_version where id = ?", Long.class, versionId);
        var bytes = new byte[256 * 40];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) i;
        }

        var id = transactions.execute(status -> {
            var saved = stored.saveAndFlush(dataset(modelId, versionId, "a".repeat(64)));
            contents.save(new DatasetContent(saved.id(), bytes));
            return saved.id();
        });

        var loaded = transactions.execute(status -> contents.findById(id).orElseThrow().content());
        assertThat(loaded).isEqualTo(bytes);
        var metadata = transactions.execute(status -> stored.findById(id).orElseThrow().view());
        assertThat(metadata.sha256()).isEqualTo(SHA);
        assertThat(metadata.rows()).isEqualTo(5);
        assertThat(metadata.mapping()).isEqualTo(SampleCsv.binaryMapping());
    }

    @Test
    void the_same_file_and_mapping_is_stored_once_per_version_by_the_database_too() {
        var versionId = versionId();
        var modelId = jdbc.queryForObject("select model_id from model_version where id = ?", Long.class, versionId);
        transactions.executeWithoutResult(status -> stored.saveAndFlush(dataset(modelId, versionId, "b".repeat(64))));

        assertThatThrownBy(() -> transactions.executeWithoutResult(status ->
                stored.saveAndFlush(dataset(modelId, versionId, "b".repeat(64)))))
                .isInstanceOf(DataIntegrityViolationException.class);
        transactions.executeWithoutResult(status -> stored.saveAndFlush(dataset(modelId, versionId, "c".repeat(64))));
    }
}
