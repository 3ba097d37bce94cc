package org.steward.compliance.check;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.steward.monitoring.MonitoringStatus;
import org.steward.register.ApprovalStatus;
import org.steward.register.Stage;

/**
 * What the register-wide dashboard flags about a model: an overdue review, a version in production without an
 * approval on record, a red monitoring status, an overdue fairness re-audit.
 */
public record Flags(@Nullable LocalDate reviewDate, boolean reviewOverdue, boolean inProduction,
                    boolean approvalOnRecord, boolean monitoringRed, boolean fairnessOverdue) {

    public static Flags of(ModelEvidence e) {
        var review = e.model().details().reviewDate();
        var v = e.version();
        var inProduction = v != null && (v.status() == ApprovalStatus.DEPLOYED || v.stage() == Stage.PRODUCTION);
        var approved = v != null && Rules.check(EvidenceRule.APPROVAL, e).satisfied();
        var red = e.monitoring() != null && e.monitoring().status() == MonitoringStatus.RED;
        var fairnessDue = v != null && v.fairness() != null && !e.at().isBefore(v.fairness().dueAt());
        return new Flags(review, review != null && review.isBefore(Rules.day(e)), inProduction, approved, red,
                fairnessDue);
    }

    /** In production while its approval is not on record. */
    @JsonProperty("productionWithoutApproval")
    public boolean productionWithoutApproval() {
        return inProduction && !approvalOnRecord;
    }
}
