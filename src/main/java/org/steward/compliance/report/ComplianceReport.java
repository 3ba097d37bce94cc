package org.steward.compliance.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.steward.compliance.check.ModelCompliance;

/**
 * A framework report for auditors: one model's or the whole register's compliance, assessed now or as of the end
 * of a day, with the framework revisions it was judged by, and the ledger's head and verification at export time.
 *
 * @param scope       "model" or "register"
 * @param assessedAt  the moment assessed: the export time, or the end of {@code asOf} (UTC)
 */
public record ComplianceReport(String scope, String title, Instant generatedAt, String generatedBy,
                               @Nullable LocalDate asOf, Instant assessedAt, LedgerSection ledger,
                               List<FrameworkLine> frameworks, List<ModelCompliance> models) {

    public ComplianceReport {
        frameworks = List.copyOf(frameworks);
        models = List.copyOf(models);
    }

    /**
     * The ledger when the report was made: its newest entry, the verification of the whole chain, and for an as-of
     * report the newest entry by the end of that day.
     */
    public record LedgerSection(long headSeq, String headHash, boolean intact, long verified, @Nullable Long brokenAt,
                                @Nullable String reason, @Nullable Long checkpointSeq, String message,
                                @Nullable Long asOfSeq, @Nullable String asOfHash) {
    }

    /** A framework revision the report judged by, pinned by its data file's SHA-256. */
    public record FrameworkLine(String code, int revision, String title, String edition, String sourceFile,
                                String sha256, Instant loadedAt) {
    }
}
