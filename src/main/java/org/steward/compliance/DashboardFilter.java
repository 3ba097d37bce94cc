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
        REVIEW_OVERDUE("Review overdue"),
        PRODUCTION_WITHOUT_APPROVAL("In production without approval"),
        MONITORING_RED("Monitoring RED"),
        FAIRNESS_OVERDUE("Fairness re-audit overdue"),
        ATTESTATION_EXPIRING("Attestation expiring");

        private final String label;

        Issue(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
