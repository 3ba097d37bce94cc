package org.steward.monitoring;

/**
 * Ingest limits and storage settings from {@code steward.monitoring.*}.
 *
 * @param exactLimit      a baseline feature with at most this many values keeps them all (exact drift), a larger
 *                        one only its KLL sketch
 * @param maxBatchRows    most rows per baseline, batch or outcome list (more: 413)
 * @param requestsPerMinute ingest requests per API token and minute (more: 429)
 */
record MonitoringSettings(int exactLimit, int maxBatchRows, int requestsPerMinute) {

    MonitoringSettings {
        if (exactLimit < 0 || maxBatchRows < 1 || requestsPerMinute < 1) {
            throw new IllegalArgumentException("steward.monitoring.exact-limit must be at least 0, max-batch-rows and "
                    + "requests-per-minute at least 1");
        }
    }
}
