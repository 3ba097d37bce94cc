package org.steward.compliance;

import org.jspecify.annotations.Nullable;
import org.steward.compliance.check.ComplianceStatus;

/**
 * Narrows the dashboard's model list; every part is optional. {@code status} applies to {@code framework}, or to the
 * model's overall status when no framework is given; {@code text} matches the name, owner or domain.
 */
public record DashboardFilter(@Nullable String framework, @Nullable ComplianceStatus status, @Nullable Issue issue,
                              @Nullable String text) {

    public static final DashboardFilter NONE = new DashboardFilter(null, null, null, null);

    /** What the dashboard flags about a model. */
    public enum Issue {
        REVIEW_OVERDUE("Review overdue", "Review"),
        PRODUCTION_WITHOUT_APPROVAL("In production without approval", "No approval"),
        MONITORING_RED("Monitoring RED", "RED"),
        FAIRNESS_OVERDUE("Fairness re-audit overdue", "Fairness"),
        ATTESTATION_EXPIRING("Attestation expiring", "Expiring");

        private final String label;
        private final String shortLabel;

        Issue(String label, String shortLabel) {
            this.label = label;
            this.shortLabel = shortLabel;
        }

        public String label() {
            return label;
        }

        /** A word or two for chart bars. */
        public String shortLabel() {
            return shortLabel;
        }
    }
}
