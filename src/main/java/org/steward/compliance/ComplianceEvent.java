package org.steward.compliance;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.steward.base.GovernanceEvent;

/** Something changed about compliance; the change log and the ledger record every one of these. */
public sealed interface ComplianceEvent extends GovernanceEvent {

    /** The actor of what Steward does by itself, e.g. loading a framework file at start. */
    String SYSTEM = "steward";

    /** A framework revision was loaded from its data file for the first time; its SHA-256 pins the checklist. */
    record FrameworkLoaded(String code, int revision, String title, String sourceFile, String contentSha256,
                           int requirements, String actor, Instant at) implements ComplianceEvent {
        public String kind() {
            return "COMPLIANCE_FRAMEWORK_LOADED";
        }

        public String subject() {
            return "framework:" + code;
        }

        public String summary() {
            return "Loaded " + title + " revision " + revision + " (" + requirements + " requirements) from "
                    + sourceFile + ", SHA-256 " + contentSha256.substring(0, 12);
        }
    }

    /** Someone attested that a model meets a requirement, with a statement and a file. */
    record AttestationRecorded(long modelId, long attestationId, String framework, String requirement,
                               String fileName, String fileSha256, Instant expiresAt, String actor, Instant at)
            implements ComplianceEvent {
        public String kind() {
            return "COMPLIANCE_ATTESTED";
        }

        public String subject() {
            return "model:" + modelId;
        }

        public String summary() {
            return "Attested " + framework + " " + requirement + " with " + fileName + " (SHA-256 "
                    + fileSha256.substring(0, 12) + "), valid until " + expiresAt;
        }
    }

    /** A risk officer withdrew an attestation, with a reason. */
    record AttestationWithdrawn(long modelId, long attestationId, String framework, String requirement,
                                String reason, String actor, Instant at) implements ComplianceEvent {
        public String kind() {
            return "COMPLIANCE_ATTESTATION_WITHDRAWN";
        }

        public String subject() {
            return "model:" + modelId;
        }

        public String summary() {
            return "Withdrew the attestation of " + framework + " " + requirement + ": " + reason;
        }
    }

    /** A risk officer decided whether a framework applies to a model ({@code applies} null: back to the default). */
    record ApplicabilityChanged(long modelId, String framework, @Nullable Boolean applies, String rationale,
                                String actor, Instant at) implements ComplianceEvent {
        public String kind() {
            return "COMPLIANCE_APPLICABILITY_CHANGED";
        }

        public String subject() {
            return "model:" + modelId;
        }

        public String summary() {
            var what = applies == null ? "follows its default again" : applies ? "applies" : "does not apply";
            return framework + " " + what + " to the model: " + rationale;
        }
    }

    /**
     * Someone exported a framework report of one model ({@code modelId}) or of the whole register (null), with the
     * ledger head and its verification at export time.
     */
    record ReportExported(@Nullable Long modelId, String format, String filename, @Nullable LocalDate asOf,
                          long ledgerHeadSeq, String ledgerHeadHash, boolean ledgerIntact, String actor, Instant at)
            implements ComplianceEvent {
        public String kind() {
            return "COMPLIANCE_REPORT_EXPORTED";
        }

        public String subject() {
            return modelId == null ? "compliance:register" : "model:" + modelId;
        }

        public String summary() {
            return "Exported the compliance report of " + (modelId == null ? "the register" : "the model") + " as "
                    + format + (asOf == null ? "" : " as of " + asOf) + " (" + filename + ")";
        }
    }
}
