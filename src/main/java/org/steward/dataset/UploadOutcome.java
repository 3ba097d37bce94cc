package org.steward.dataset;

import java.util.List;

/**
 * The result of an upload.
 *
 * @param alreadyStored true when the same file with the same mapping was already stored for the version: the
 *                      existing dataset is returned and nothing new is stored or analysed
 */
public record UploadOutcome(DatasetView dataset, boolean alreadyStored, AnalysisRun analyses) {

    /** Names of the analyses that ran and stored a result. */
    public List<String> analysesRun() {
        return analyses.completed();
    }
}
