package org.steward.monitoring;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.steward.base.GovernanceEvent;
import org.steward.webhook.WebhookNotice;

/** Governance events of monitoring, recorded in the change log and the ledger; published in their transaction. */
public sealed interface MonitoringEvent extends GovernanceEvent {

    long modelId();

    @Override
    default String subject() {
        return "model:" + modelId();
    }

    /** A baseline was recorded for a version. */
    record BaselineRecorded(long modelId, String versionLabel, long baselineId, int rows, int features,
                            String source, String actor, Instant at) implements MonitoringEvent {
        public String kind() {
            return "MONITORING_BASELINE_RECORDED";
        }

        public String summary() {
            return "Recorded monitoring baseline " + baselineId + " of version " + versionLabel + " (" + rows
                    + " rows, " + features + " features, from " + source + ")";
        }
    }

    /** The model's monitoring policy got a new version. */
    record PolicyChanged(long modelId, int fromVersion, int toVersion, String rationale, String actor, Instant at)
            implements MonitoringEvent {
        public String kind() {
            return "MONITORING_POLICY_CHANGED";
        }

        public String summary() {
            return "Changed the monitoring policy from v" + fromVersion + " to v" + toVersion + ": " + rationale;
        }
    }

    /** A RED evaluation opened an alert. */
    record AlertOpened(long modelId, String versionLabel, long alertId, long evaluationId, String reasons,
                       String actor, Instant at) implements MonitoringEvent {
        public String kind() {
            return "MONITORING_ALERT_OPENED";
        }

        public String summary() {
            return "Monitoring alert " + alertId + " opened for version " + versionLabel + ": " + reasons;
        }
    }

    /**
     * The raw data of a model's monitoring was purged, at the end of its retention period or on an erasure
     * request: the feature values (and request ids) of {@code batches} batches with ids from {@code firstBatchId}
     * to {@code lastBatchId}, and the exact values of {@code baselines} baselines. Evaluations, counts, hashes and
     * outputs stay. Published in the transaction of the purge.
     */
    record RawDataPurged(long modelId, int batches, long firstBatchId, long lastBatchId, int baselines,
                         Cause cause, String reason, String actor, Instant at) implements MonitoringEvent {

        /** Why it went. */
        public enum Cause { RETENTION, ERASURE }

        public String kind() {
            return cause == Cause.RETENTION ? "MONITORING_RAW_DATA_PURGED" : "MONITORING_RAW_DATA_ERASED";
        }

        public String summary() {
            var what = new java.util.ArrayList<String>();
            if (batches > 0) {
                what.add("the feature values of " + (batches == 1 ? "batch " + firstBatchId
                        : batches + " monitoring batches (ids " + firstBatchId + " to " + lastBatchId + ")"));
            }
            if (baselines > 0) {
                what.add("the exact values of " + baselines + " baseline" + (baselines == 1 ? "" : "s"));
            }
            return (cause == Cause.RETENTION ? "Purged " : actor + " erased ") + String.join(" and ", what)
                    + (cause == Cause.RETENTION ? ": " : " on request: ") + reason
                    + ". Evaluations, counts, hashes and outputs stay.";
        }
    }

    /** The model's owner acknowledged an alert. */
    record AlertAcknowledged(long modelId, long alertId, String comment, String actor, Instant at)
            implements MonitoringEvent {
        public String kind() {
            return "MONITORING_ALERT_ACKNOWLEDGED";
        }

        public String summary() {
            return "Acknowledged monitoring alert " + alertId + ": " + comment;
        }
    }

    /**
     * A RED alert asks the model's pipeline to retrain: sent to the model's webhook (signed, retried) with the
     * evidence, i.e. the findings and where to read the full evaluation.
     */
    record RetrainingRequested(long modelId, String versionLabel, long alertId, long evaluationId, String reasons,
                               String actor, Instant at) implements MonitoringEvent, WebhookNotice {
        public String kind() {
            return "RETRAINING_REQUESTED";
        }

        public String summary() {
            return "Requested retraining of version " + versionLabel + " (alert " + alertId + ")";
        }

        public Map<String, Object> payload() {
            var body = new LinkedHashMap<String, Object>();
            body.put("label", versionLabel);
            body.put("alertId", alertId);
            body.put("evaluationId", evaluationId);
            body.put("status", MonitoringStatus.RED.name());
            body.put("reasons", reasons.length() > 2000 ? reasons.substring(0, 2000) + "…" : reasons);
            body.put("evidence", "/api/v1/monitoring/evaluations/" + evaluationId);
            body.put("at", at.toString());
            return body;
        }
    }

    /** The model's pipeline reported on a retraining request: accepted, started, completed (with the version), … */
    record RetrainingReported(long modelId, long alertId, RetrainingState state, String versionLabel, String note,
                              String actor, Instant at) implements MonitoringEvent {
        public String kind() {
            return "RETRAINING_REPORTED";
        }

        public String summary() {
            return "Retraining for alert " + alertId + " " + state.name().toLowerCase(Locale.ROOT)
                    + (versionLabel.isEmpty() ? "" : ": version " + versionLabel)
                    + (note.isEmpty() ? "" : " (" + note + ")");
        }
    }
}
