package org.steward.dataset.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.steward.dataset.ColumnMapping;
import org.steward.dataset.DatasetColumn;
import org.steward.dataset.DatasetView;
import org.steward.dataset.TaskType;

/** A stored scored sample as the API returns it; the schema only when one dataset is read. */
record DatasetResponse(
        long id,
        long modelId,
        long versionId,
        String versionLabel,
        String fileName,
        @Schema(description = "SHA-256 of the file as uploaded") String sha256,
        @Schema(description = "size of the file as uploaded, in bytes") long sizeBytes,
        @Schema(description = "size of what Steward keeps (gzip, without dropped columns), in bytes") long storedBytes,
        int rows,
        @Schema(description = "columns kept (dropped columns are not stored)") int columns,
        TaskType task,
        ColumnMapping mapping,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable List<DatasetColumn> schema,
        String uploadedBy,
        Instant uploadedAt,
        @Schema(description = "id of the key the stored content is encrypted with; null when purged or not yet "
                + "encrypted") @Nullable String keyId,
        @Schema(description = "when the raw data was purged (its hash and results stay); null while stored")
        @Nullable Instant purgedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String purgeReason) {

    static DatasetResponse of(DatasetView v) {
        return of(v, null);
    }

    static DatasetResponse of(DatasetView v, @Nullable List<DatasetColumn> schema) {
        return new DatasetResponse(v.id(), v.modelId(), v.versionId(), v.versionLabel(), v.fileName(), v.sha256(),
                v.sizeBytes(), v.storedBytes(), v.rows(), v.columns(), v.task(), v.mapping(), schema, v.uploadedBy(),
                v.uploadedAt(), v.keyId(), v.purge() == null ? null : v.purge().at(),
                v.purge() == null ? null : v.purge().reason());
    }
}
