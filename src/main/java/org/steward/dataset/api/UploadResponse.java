package org.steward.dataset.api;

import io.swagger.v3.oas.annotations.media.Schema;
import org.steward.dataset.AnalysisRun;
import org.steward.dataset.UploadOutcome;

/** The answer to an upload: the dataset, whether it was there already, and what became of the analyses. */
record UploadResponse(
        DatasetResponse dataset,
        @Schema(description = "true when the same file with the same mapping was already stored for this version; "
                + "nothing new was stored or analysed") boolean alreadyStored,
        AnalysisRun analyses) {

    static UploadResponse of(UploadOutcome outcome) {
        return new UploadResponse(DatasetResponse.of(outcome.dataset()), outcome.alreadyStored(), outcome.analyses());
    }
}
